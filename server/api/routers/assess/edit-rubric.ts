import { editWorkspaceRubric } from "../../../services/assess/workspace-rubrics";
import { ZEditRubricRequestSchema } from "./edit-rubric.types";
import { assessWorkspaceProcedure } from "./procedure";

/** Rewords, adds, retires or restores items; stores the result as the rubric's next version. */
export const editRubric = assessWorkspaceProcedure
  .input(ZEditRubricRequestSchema)
  .mutation(({ ctx, input }) => editWorkspaceRubric(ctx.db, ctx.actor, { rubricId: input.rubricId, baseVersion: input.baseVersion, edits: input.edits }));
