import type { z } from "zod";
import { zCheckInFields } from "./fields";

export const ZCreateCheckInRequestSchema = zCheckInFields;
export type TCreateCheckInRequest = z.infer<typeof ZCreateCheckInRequestSchema>;
