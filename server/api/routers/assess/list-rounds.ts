import { listProjectRounds } from "../../../services/assess/list-rounds";
import { assessProjectProcedure } from "./procedure";

export const listRounds = assessProjectProcedure
  .query(({ ctx }) => listProjectRounds(ctx.db, ctx.actor, { projectId: ctx.project.id }));
