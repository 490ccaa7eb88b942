import { listRecentProjects } from "../../../services/project/list-recent-projects";
import { protectedProcedure } from "../../trpc";
import { ZListRecentProjectsRequestSchema } from "./project.types";

/** For lessons' "Apply it": the projects whose design document the reader is likely to open. */
export const listRecentProjectsProcedure = protectedProcedure
  .input(ZListRecentProjectsRequestSchema)
  .query(({ ctx, input }) => listRecentProjects(ctx.db, ctx, input));
