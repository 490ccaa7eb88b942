import { ZListCheckInHistoryRequestSchema } from "./list-check-in-history.types";
import { actorOf, objectiveProcedure } from "./procedures";
import { listCheckInHistory } from "../../../services/alignment/save-check-in";

/** Revisions of the objective's check-ins, newest first. */
export const checkInHistoryProcedure = objectiveProcedure.input(ZListCheckInHistoryRequestSchema).query(({ ctx, input }) => listCheckInHistory(ctx.db, actorOf(ctx), { ...input, objectiveId: ctx.objective.id }));
