import { closeRound as closeRoundService } from "../../../services/assess/close-round";
import { roundProcedure } from "./procedure";

export const closeRound = roundProcedure.mutation(({ ctx }) => closeRoundService(ctx.db, ctx.actor, { round: ctx.round }));
