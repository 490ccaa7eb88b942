import { updateProject } from "../../../services/project/update-project";
import { projectProcedure } from "../../trpc";
import { ZUpdateProjectRequestSchema } from "./project.types";

/** Edits name, description, stage or owner. The caller names the version it read; a stale one is refused. */
export const updateProjectProcedure = projectProcedure
  .input(ZUpdateProjectRequestSchema)
  .mutation(({ ctx, input: { projectId: _id, ...input } }) => updateProject(ctx.db, ctx, ctx.project, input));
