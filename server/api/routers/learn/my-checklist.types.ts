import { z } from "zod";
import { zChapterSlug } from "./inputs";

export const ZMyChecklistRequestSchema = z.object({ chapter: zChapterSlug });
export type TMyChecklistRequest = z.infer<typeof ZMyChecklistRequestSchema>;
