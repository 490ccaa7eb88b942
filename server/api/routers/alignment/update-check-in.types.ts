import type { z } from "zod";
import { zCheckInFields, zId, zVersion } from "./fields";

export const ZUpdateCheckInRequestSchema = zCheckInFields.extend({ checkInId: zId, version: zVersion });
export type TUpdateCheckInRequest = z.infer<typeof ZUpdateCheckInRequestSchema>;
