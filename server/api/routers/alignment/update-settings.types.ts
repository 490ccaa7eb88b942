import { z } from "zod";
import { zSettingsFields } from "./fields";

export const ZUpdateSettingsRequestSchema = zSettingsFields.extend({ version: z.number().int("must be a whole number").min(0, "must be 0 or more").max(1_000_000, "is not a valid version") });
export type TUpdateSettingsRequest = z.infer<typeof ZUpdateSettingsRequestSchema>;
