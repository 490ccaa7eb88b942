import { z } from "zod";
import { zId } from "../../inputs";

export const ZListMeetingsRequestSchema = z.object({ projectId: zId });
export type TListMeetingsRequest = z.infer<typeof ZListMeetingsRequestSchema>;
