import { exportRoundCsv } from "../../../services/assess/export-round-csv";
import { roundProcedure } from "./procedure";

export const exportCsv = roundProcedure.query(({ ctx }) => exportRoundCsv(ctx.db, ctx.actor, { round: ctx.round }));
