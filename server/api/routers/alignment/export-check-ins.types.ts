import { z } from "zod";
import { zId } from "./fields";

export const ZExportCheckInsRequestSchema = z.object({ objectiveId: zId });
export type TExportCheckInsRequest = z.infer<typeof ZExportCheckInsRequestSchema>;
