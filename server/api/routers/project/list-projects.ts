import { listProjects } from "../../../services/project/list-projects";
import { workspaceProcedure } from "../../trpc";
import { ZListProjectsRequestSchema } from "./project.types";

export const listProjectsProcedure = workspaceProcedure
  .input(ZListProjectsRequestSchema)
  .query(({ ctx, input }) => listProjects(ctx.db, ctx, input));
