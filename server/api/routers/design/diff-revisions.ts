import { diffSectionRevisions } from "../../../services/design/section-history";
import { designProcedure } from "./procedure";
import { ZDiffRevisionsRequestSchema } from "./diff-revisions.types";

/** What changed between two revisions of a section (0 is the empty section). */
export const diffRevisionsRoute = designProcedure
  .input(ZDiffRevisionsRequestSchema)
  .query(({ ctx, input }) => diffSectionRevisions(ctx.db, ctx.actor, { project: ctx.designProject, step: input.step, from: input.from, to: input.to }));
