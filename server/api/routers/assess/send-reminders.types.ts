import { z } from "zod";
import { zUserIds } from "./inputs";

export const ZSendRemindersRequestSchema = z.object({ userIds: zUserIds.optional() });
export type TSendRemindersRequest = z.infer<typeof ZSendRemindersRequestSchema>;
