import type { z } from "zod";
import { zMlMetricFields } from "./fields";

export const ZCreateMlMetricRequestSchema = zMlMetricFields;
export type TCreateMlMetricRequest = z.infer<typeof ZCreateMlMetricRequestSchema>;
