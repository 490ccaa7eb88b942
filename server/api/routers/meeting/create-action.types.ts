import type { z } from "zod";
import { zId } from "../../inputs";
import { zActionFields } from "./fields";

export const ZCreateActionRequestSchema = zActionFields.extend({ meetingId: zId });
export type TCreateActionRequest = z.infer<typeof ZCreateActionRequestSchema>;
