import { listSectionHistory } from "../../../services/design/section-history";
import { designProcedure } from "./procedure";
import { ZListHistoryRequestSchema } from "./list-history.types";

/** A section's revisions, newest first, 50 at a time (`before` pages back). */
export const listHistoryRoute = designProcedure
  .input(ZListHistoryRequestSchema)
  .query(({ ctx, input }) => listSectionHistory(ctx.db, ctx.actor, { project: ctx.designProject, step: input.step, before: input.before }));
