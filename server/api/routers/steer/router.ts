// The Steer API: a project's dashboard and the workspace portfolio, read from the aggregates that
// closed assessment rounds stored. Any member of the workspace may read them.
import { createTRPCRouter } from "../../trpc";
import { getDashboardRoute } from "./get-dashboard";
import { portfolioRoute } from "./portfolio";

export const steerRouter = createTRPCRouter({
  dashboard: getDashboardRoute,
  portfolio: portfolioRoute,
});
