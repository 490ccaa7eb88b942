import { ZRemoveMappingRequestSchema } from "./remove-mapping.types";
import { actorOf, objectiveProcedure } from "./procedures";
import { removeMapping } from "../../../services/alignment/save-mapping";

/** Unmaps an ML metric from the objective. */
export const removeMappingProcedure = objectiveProcedure.input(ZRemoveMappingRequestSchema).mutation(({ ctx, input }) => removeMapping(ctx.db, actorOf(ctx), { ...input, projectId: ctx.objective.projectId }));
