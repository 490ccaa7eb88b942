import { z } from "zod";
import { zChapterSlug } from "./inputs";

export const ZStartChapterRequestSchema = z.object({ chapter: zChapterSlug });
export type TStartChapterRequest = z.infer<typeof ZStartChapterRequestSchema>;
