import { createProject } from "../../../services/project/create-project";
import { workspaceProcedure } from "../../trpc";
import { ZCreateProjectRequestSchema } from "./project.types";

export const createProjectProcedure = workspaceProcedure
  .input(ZCreateProjectRequestSchema)
  .mutation(({ ctx, input }) => createProject(ctx.db, ctx, input));
