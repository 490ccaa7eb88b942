import { getDesignSection } from "../../../services/design/get-design-section";
import { designProcedure } from "./procedure";
import { ZGetSectionRequestSchema } from "./get-section.types";

/** One section with its content, revision, completeness and review comments. */
export const getSectionRoute = designProcedure
  .input(ZGetSectionRequestSchema)
  .query(({ ctx, input }) => getDesignSection(ctx.db, ctx.actor, { project: ctx.designProject, step: input.step }));
