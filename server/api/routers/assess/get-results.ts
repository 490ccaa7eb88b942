import { getResults as getResultsService } from "../../../services/assess/get-results";
import { roundProcedure } from "./procedure";

export const getResults = roundProcedure.query(({ ctx }) => getResultsService(ctx.db, ctx.actor, { round: ctx.round }));
