import type { z } from "zod";
import { zId, zMlMetricFields, zVersion } from "./fields";

export const ZUpdateMlMetricRequestSchema = zMlMetricFields.extend({ mlMetricId: zId, version: zVersion });
export type TUpdateMlMetricRequest = z.infer<typeof ZUpdateMlMetricRequestSchema>;
