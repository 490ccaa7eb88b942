import { getMyPath } from "../../../services/learn/get-my-path";
import { workspaceProcedure } from "../../trpc";

/** The caller's path in one workspace: chosen, or from their discipline there. */
export const myPathRoute = workspaceProcedure.query(({ ctx }) => getMyPath(ctx.db, { user: ctx.user, membership: ctx.membership }));
