import { loadRoundHistory } from "../../../services/assess/list-rounds";
import { assessProjectProcedure } from "./procedure";
import { ZRoundHistoryRequestSchema } from "./round-history.types";

/** Scores per lever, condition or section of every closed round, oldest first (for trends). */
export const roundHistory = assessProjectProcedure
  .input(ZRoundHistoryRequestSchema)
  .query(({ ctx }) => loadRoundHistory(ctx.db, { projectId: ctx.project.id }));
