import { restoreSectionRevision } from "../../../services/design/restore-section-revision";
import { designProcedure } from "./procedure";
import { ZRestoreRevisionRequestSchema } from "./restore-revision.types";

/** Restores an old revision's content as a new revision. */
export const restoreRevisionRoute = designProcedure
  .input(ZRestoreRevisionRequestSchema)
  .mutation(({ ctx, input }) =>
    restoreSectionRevision(ctx.db, ctx.actor, { project: ctx.designProject, step: input.step, revision: input.revision, baseRevision: input.baseRevision }),
  );
