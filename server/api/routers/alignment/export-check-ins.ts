import { ZExportCheckInsRequestSchema } from "./export-check-ins.types";
import { actorOf, objectiveProcedure } from "./procedures";
import { exportCheckIns } from "../../../services/alignment/export-check-ins";

/** Every check-in of the objective as CSV. */
export const exportCheckInsProcedure = objectiveProcedure.input(ZExportCheckInsRequestSchema).query(({ ctx, input }) => exportCheckIns(ctx.db, actorOf(ctx), { ...input, objectiveId: ctx.objective.id }));
