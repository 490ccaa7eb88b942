import { z } from "zod";
import { MAX_CHECKLIST_KEY } from "../../../domain/checklist";
import { zChapterSlug } from "./inputs";

export const ZSetChecklistItemRequestSchema = z.object({
  chapter: zChapterSlug,
  item: z.string().min(1, "is required").max(MAX_CHECKLIST_KEY, `must be at most ${MAX_CHECKLIST_KEY} characters`),
  done: z.boolean("must be true or false"),
});
export type TSetChecklistItemRequest = z.infer<typeof ZSetChecklistItemRequestSchema>;
