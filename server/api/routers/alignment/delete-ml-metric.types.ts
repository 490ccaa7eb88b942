import { z } from "zod";
import { zId } from "./fields";

export const ZDeleteMlMetricRequestSchema = z.object({ mlMetricId: zId });
export type TDeleteMlMetricRequest = z.infer<typeof ZDeleteMlMetricRequestSchema>;
