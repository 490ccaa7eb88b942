import { z } from "zod";
import { zId, zVersion } from "../../inputs";
import { zActionStatus, zActionTitle, zDueDate, zLessonSlug, zLeverId } from "./fields";

export const ZUpdateActionRequestSchema = z.object({
  actionId: zId,
  version: zVersion,
  title: zActionTitle.optional(),
  leverId: zLeverId.optional(),
  ownerId: zId.optional(),
  dueDate: zDueDate.optional(),
  status: zActionStatus.optional(),
  lessonSlug: zLessonSlug.nullable().optional(),
});
export type TUpdateActionRequest = z.infer<typeof ZUpdateActionRequestSchema>;
