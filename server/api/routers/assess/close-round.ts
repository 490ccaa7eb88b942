import { closeRound as closeRoundService } from "../../../services/assess/close-round";
import { roundProcedure } from "./procedure";
import { ZCloseRoundRequestSchema } from "./close-round.types";

export const closeRound = roundProcedure.input(ZCloseRoundRequestSchema).mutation(({ ctx }) => closeRoundService(ctx.db, ctx.actor, { round: ctx.round }));
