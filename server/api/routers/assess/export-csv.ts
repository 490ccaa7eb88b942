import { exportRoundCsv } from "../../../services/assess/export-round-csv";
import { roundProcedure } from "./procedure";
import { ZExportCsvRequestSchema } from "./export-csv.types";

export const exportCsv = roundProcedure.input(ZExportCsvRequestSchema).query(({ ctx }) => exportRoundCsv(ctx.db, ctx.actor, { round: ctx.round }));
