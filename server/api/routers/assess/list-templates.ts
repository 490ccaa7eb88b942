import { listRubricChoices } from "../../../services/assess/rubric-choices";
import { assessWorkspaceProcedure } from "./procedure";

/** The rubrics a round can be opened with: built-in templates and the workspace's own copies. */
export const listTemplates = assessWorkspaceProcedure
  .query(({ ctx }) => listRubricChoices(ctx.db, ctx.actor));
