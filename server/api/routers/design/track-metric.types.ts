import { z } from "zod";
import { zDirection, zValue } from "../alignment/fields";

export const ZTrackMetricRequestSchema = z.object({
  kind: z.enum(["business", "ml"], "must be business or ml"),
  name: z.string("must be the metric's name").trim().min(1, "is required").max(200, "must be at most 200 characters"),
  values: z
    .object({ baseline: zValue, target: zValue, direction: zDirection, unit: z.string().trim().max(20, "must be at most 20 characters").default("") })
    .optional(),
});
export type TTrackMetricRequest = z.infer<typeof ZTrackMetricRequestSchema>;

export const ZTrackMetricResponseSchema = z.object({ kind: z.enum(["business", "ml"]), id: z.string(), created: z.boolean() });
