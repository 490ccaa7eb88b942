import { z } from "zod";
import { zId } from "../../inputs";

export const ZStartMeetingRequestSchema = z.object({ projectId: zId, roundId: zId });
export type TStartMeetingRequest = z.infer<typeof ZStartMeetingRequestSchema>;
