import { getWorkspaceTrend } from "../../../services/steer/get-workspace-trend";
import { workspaceProcedure } from "../../trpc";

/** Per lever and condition, the mean of active projects' latest scores at the end of each of the last eight quarters. */
export const workspaceTrendRoute = workspaceProcedure.query(({ ctx }) => getWorkspaceTrend(ctx.db, { user: ctx.user, membership: ctx.membership }));
