import { z } from "zod";
import { zCsvText } from "./fields";

export const ZPreviewCheckInImportRequestSchema = z.object({ csv: zCsvText });
export type TPreviewCheckInImportRequest = z.infer<typeof ZPreviewCheckInImportRequestSchema>;
