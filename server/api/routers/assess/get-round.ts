import { getRound as getRoundService } from "../../../services/assess/get-round";
import { roundProcedure } from "./procedure";
import { ZGetRoundRequestSchema } from "./get-round.types";

export const getRound = roundProcedure.input(ZGetRoundRequestSchema).query(({ ctx }) => getRoundService(ctx.db, ctx.actor, { round: ctx.round }));
