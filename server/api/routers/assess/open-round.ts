import { openRound as openRoundService } from "../../../services/assess/open-round";
import { assessProjectProcedure } from "./procedure";
import { ZOpenRoundRequestSchema } from "./open-round.types";

export const openRound = assessProjectProcedure.input(ZOpenRoundRequestSchema).mutation(({ ctx, input }) => {
  const { projectId: _p, ...rest } = input;
  return openRoundService(ctx.db, ctx.actor, { ...rest, project: ctx.project });
});
