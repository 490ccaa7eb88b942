import { z } from "zod";
import { zId, zVersion } from "./fields";

export const ZDeleteCheckInRequestSchema = z.object({ checkInId: zId, version: zVersion });
export type TDeleteCheckInRequest = z.infer<typeof ZDeleteCheckInRequestSchema>;
