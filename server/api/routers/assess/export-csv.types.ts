import { z } from "zod";

export const ZExportCsvRequestSchema = z.object({});
export type TExportCsvRequest = z.infer<typeof ZExportCsvRequestSchema>;
