// Input fields of actions, with the limits and messages users see.
import { z } from "zod";
import { LEVER_IDS } from "../../../content/ids";
import { parseIsoDate } from "../../../domain/alignment/dates";
import { ACTION_STATUSES, ACTION_TITLE_MAX, ACTION_TITLE_MIN } from "../../../domain/meeting";
import { zId } from "../../inputs";

export const zActionTitle = z
  .string("is required")
  .trim()
  .min(ACTION_TITLE_MIN, `must be at least ${ACTION_TITLE_MIN} characters`)
  .max(ACTION_TITLE_MAX, `must be at most ${ACTION_TITLE_MAX} characters`);
export const zLeverId = z.enum(LEVER_IDS, "must be one of the causal model's levers");
export const zDueDate = z
  .string("must be a date written YYYY-MM-DD")
  .trim()
  .max(10, "must be a date written YYYY-MM-DD")
  .refine((s) => parseIsoDate(s) !== null, "must be a date written YYYY-MM-DD");
export const zLessonSlug = z.string().trim().min(1, "is required").max(80, "must be at most 80 characters");
export const zActionStatus = z.enum(ACTION_STATUSES, "must be OPEN, DONE or DROPPED");

export const zActionFields = z.object({
  title: zActionTitle,
  leverId: zLeverId,
  ownerId: zId,
  dueDate: zDueDate,
  lessonSlug: zLessonSlug.nullable().default(null),
});
