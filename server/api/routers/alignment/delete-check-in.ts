import { ZDeleteCheckInRequestSchema } from "./delete-check-in.types";
import { actorOf, objectiveProcedure } from "./procedures";
import { deleteCheckIn } from "../../../services/alignment/save-check-in";

/** Deletes a check-in; its history stays. */
export const deleteCheckInProcedure = objectiveProcedure.input(ZDeleteCheckInRequestSchema).mutation(({ ctx, input }) => deleteCheckIn(ctx.db, actorOf(ctx), { ...input, projectId: ctx.objective.projectId }));
