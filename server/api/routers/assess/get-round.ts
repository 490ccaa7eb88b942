import { getRound as getRoundService } from "../../../services/assess/get-round";
import { roundProcedure } from "./procedure";

export const getRound = roundProcedure.query(({ ctx }) => getRoundService(ctx.db, ctx.actor, { round: ctx.round }));
