import { loadRoundHistory } from "../../../services/assess/list-rounds";
import { assessProjectProcedure } from "./procedure";

/** Scores per lever, condition or section of every closed round, oldest first (for trends). */
export const roundHistory = assessProjectProcedure
  .query(({ ctx }) => loadRoundHistory(ctx.db, { projectId: ctx.project.id }));
