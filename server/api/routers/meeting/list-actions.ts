import { listActions } from "../../../services/meeting/list-actions";
import { projectProcedure } from "../../trpc";
import { ZListActionsRequestSchema } from "./list-actions.types";
import { actorOf } from "./procedures";

/** A project's actions, open first and overdue at the top; any member. */
export const listActionsProcedure = projectProcedure.input(ZListActionsRequestSchema).query(({ ctx }) => listActions(ctx.db, actorOf(ctx), { projectId: ctx.project.id }));
