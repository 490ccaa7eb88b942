import { z } from "zod";
import { zId } from "../../inputs";

export const ZGetMeetingRequestSchema = z.object({ meetingId: zId });
export type TGetMeetingRequest = z.infer<typeof ZGetMeetingRequestSchema>;
