import { copyRubricTemplate } from "../../../services/assess/workspace-rubrics";
import { ZCopyRubricRequestSchema } from "./copy-rubric.types";
import { assessWorkspaceProcedure } from "./procedure";

/** Copies a built-in template into a workspace rubric the admins can edit. */
export const copyRubric = assessWorkspaceProcedure
  .input(ZCopyRubricRequestSchema)
  .mutation(({ ctx, input }) => copyRubricTemplate(ctx.db, ctx.actor, { templateId: input.templateId, name: input.name }));
