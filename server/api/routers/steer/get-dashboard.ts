import { getDashboard } from "../../../services/steer/get-dashboard";
import { projectProcedure } from "../../trpc";
import { ZGetDashboardRequestSchema } from "./get-dashboard.types";

/** A project's dashboard data for its latest closed round, or the closed round named. */
export const getDashboardRoute = projectProcedure
  .input(ZGetDashboardRequestSchema)
  .query(({ ctx, input }) => getDashboard(ctx.db, { user: ctx.user, membership: ctx.membership }, { projectId: ctx.project.id, roundId: input.roundId }));
