import { z } from "zod";
import { zId } from "./fields";

export const ZRemoveMappingRequestSchema = z.object({ mlMetricId: zId });
export type TRemoveMappingRequest = z.infer<typeof ZRemoveMappingRequestSchema>;
