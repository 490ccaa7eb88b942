import { ZSetMappingRequestSchema } from "./set-mapping.types";
import { actorOf, objectiveProcedure } from "./procedures";
import { setMapping } from "../../../services/alignment/save-mapping";

/** Maps an ML metric to the objective with a one-sentence hypothesis. */
export const setMappingProcedure = objectiveProcedure.input(ZSetMappingRequestSchema).mutation(({ ctx, input }) => setMapping(ctx.db, actorOf(ctx), { ...input, projectId: ctx.objective.projectId }));
