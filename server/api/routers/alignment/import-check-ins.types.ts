import { z } from "zod";
import { zCsvText } from "./fields";

export const ZImportCheckInsRequestSchema = z.object({ csv: zCsvText });
export type TImportCheckInsRequest = z.infer<typeof ZImportCheckInsRequestSchema>;
