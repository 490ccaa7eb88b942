import type { SectionContent } from "../../../domain/design/section";
import { saveDesignSection } from "../../../services/design/save-design-section";
import { designProcedure } from "./procedure";
import { ZSaveSectionRequestSchema } from "./save-section.types";

/** Saves a section based on the revision the editor read; a stale base is refused with CONFLICT and the current content. */
export const saveSectionRoute = designProcedure
  .input(ZSaveSectionRequestSchema)
  .mutation(({ ctx, input }) =>
    saveDesignSection(ctx.db, ctx.actor, {
      project: ctx.designProject,
      step: input.step,
      baseRevision: input.baseRevision,
      // The fields were checked against the step's schema in the request schema.
      content: input.content as SectionContent,
      confirmReview: input.confirmReview,
      overrideOpenComments: input.overrideOpenComments,
    }),
  );
