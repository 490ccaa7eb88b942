import { ZCreateCheckInRequestSchema } from "./create-check-in.types";
import { actorOf, objectiveProcedure } from "./procedures";
import { createCheckIn } from "../../../services/alignment/save-check-in";

/** Records a check-in for the objective. */
export const createCheckInProcedure = objectiveProcedure.input(ZCreateCheckInRequestSchema).mutation(({ ctx, input }) => createCheckIn(ctx.db, actorOf(ctx), { ...input, projectId: ctx.objective.projectId }));
