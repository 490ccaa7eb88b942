import { listProjectRounds } from "../../../services/assess/list-rounds";
import { assessProjectProcedure } from "./procedure";
import { ZListRoundsRequestSchema } from "./list-rounds.types";

export const listRounds = assessProjectProcedure
  .input(ZListRoundsRequestSchema)
  .query(({ ctx }) => listProjectRounds(ctx.db, ctx.actor, { projectId: ctx.project.id }));
