import { z } from "zod";
import { zHypothesis, zId } from "./fields";

export const ZSetMappingRequestSchema = z.object({ mlMetricId: zId, hypothesis: zHypothesis });
export type TSetMappingRequest = z.infer<typeof ZSetMappingRequestSchema>;
