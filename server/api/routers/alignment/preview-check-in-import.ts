import { ZPreviewCheckInImportRequestSchema } from "./preview-check-in-import.types";
import { actorOf, objectiveProcedure } from "./procedures";
import { previewCheckInImport } from "../../../services/alignment/import-check-ins";

/** Validates a CSV file of check-ins and shows what would be written; writes nothing. */
export const previewImportProcedure = objectiveProcedure.input(ZPreviewCheckInImportRequestSchema).mutation(({ ctx, input }) => previewCheckInImport(ctx.db, actorOf(ctx), { ...input, objectiveId: ctx.objective.id }));
