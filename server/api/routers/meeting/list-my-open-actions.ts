import { listMyOpenActions } from "../../../services/meeting/list-my-open-actions";
import { workspaceProcedure } from "../../trpc";
import { actorOf } from "./procedures";

/** The caller's own open actions in a workspace (their home page); any member, only their own. */
export const listMyOpenActionsProcedure = workspaceProcedure.query(({ ctx }) => listMyOpenActions(ctx.db, actorOf(ctx)));
