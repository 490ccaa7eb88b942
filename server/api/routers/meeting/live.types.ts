import { z } from "zod";
import { zId } from "../../inputs";

export const ZLiveRequestSchema = z.object({
  meetingId: zId,
  /** sent back by a reconnecting client (SSE Last-Event-ID, through tRPC's tracked events) */
  lastEventId: z.string().max(200, "must be at most 200 characters").nullish(),
});
export type TLiveRequest = z.infer<typeof ZLiveRequestSchema>;
