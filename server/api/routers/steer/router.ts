// The Steer API: a project's dashboard, two of its rounds compared, the workspace portfolio and
// trend, read from the aggregates that closed assessment rounds stored. Any member of the workspace
// may read them.
import { createTRPCRouter } from "../../trpc";
import { compareRoundsRoute } from "./compare-rounds";
import { getDashboardRoute } from "./get-dashboard";
import { portfolioRoute } from "./portfolio";
import { workspaceTrendRoute } from "./workspace-trend";

export const steerRouter = createTRPCRouter({
  dashboard: getDashboardRoute,
  compareRounds: compareRoundsRoute,
  portfolio: portfolioRoute,
  workspaceTrend: workspaceTrendRoute,
});
