import { getWorkspaceRubric } from "../../../services/assess/workspace-rubrics";
import { ZGetRubricRequestSchema } from "./get-rubric.types";
import { assessWorkspaceProcedure } from "./procedure";

export const getRubric = assessWorkspaceProcedure
  .input(ZGetRubricRequestSchema)
  .query(({ ctx, input }) => getWorkspaceRubric(ctx.db, ctx.actor, { rubricId: input.rubricId }));
