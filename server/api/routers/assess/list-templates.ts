import { listRubricChoices } from "../../../services/assess/rubric-choices";
import { assessWorkspaceProcedure } from "./procedure";
import { ZListTemplatesRequestSchema } from "./list-templates.types";

/** The rubrics a round can be opened with: built-in templates and the workspace's own copies. */
export const listTemplates = assessWorkspaceProcedure
  .input(ZListTemplatesRequestSchema)
  .query(({ ctx }) => listRubricChoices(ctx.db, ctx.actor));
