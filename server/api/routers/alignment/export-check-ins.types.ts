import { z } from "zod";

export const ZExportCheckInsRequestSchema = z.object({});
export type TExportCheckInsRequest = z.infer<typeof ZExportCheckInsRequestSchema>;
