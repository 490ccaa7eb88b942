import { z } from "zod";
import { zId } from "./fields";

export const ZListCheckInHistoryRequestSchema = z.object({ checkInId: zId.optional() });
export type TListCheckInHistoryRequest = z.infer<typeof ZListCheckInHistoryRequestSchema>;
