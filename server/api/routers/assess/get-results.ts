import { getResults as getResultsService } from "../../../services/assess/get-results";
import { roundProcedure } from "./procedure";
import { ZGetResultsRequestSchema } from "./get-results.types";

export const getResults = roundProcedure.input(ZGetResultsRequestSchema).query(({ ctx }) => getResultsService(ctx.db, ctx.actor, { round: ctx.round }));
