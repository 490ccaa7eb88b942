import { z } from "zod";
import { zId } from "../../inputs";

export const ZEndMeetingRequestSchema = z.object({ meetingId: zId });
export type TEndMeetingRequest = z.infer<typeof ZEndMeetingRequestSchema>;
