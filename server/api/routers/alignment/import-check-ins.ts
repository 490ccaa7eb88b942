import { ZImportCheckInsRequestSchema } from "./import-check-ins.types";
import { actorOf, objectiveProcedure } from "./procedures";
import { importCheckIns } from "../../../services/alignment/import-check-ins";

/** Writes every check-in of a CSV file in one transaction, only if every row is good. */
export const importCheckInsProcedure = objectiveProcedure.input(ZImportCheckInsRequestSchema).mutation(({ ctx, input }) => importCheckIns(ctx.db, actorOf(ctx), { ...input, projectId: ctx.objective.projectId }));
