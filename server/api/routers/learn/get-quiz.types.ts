import { z } from "zod";
import { zChapterSlug } from "./inputs";

export const ZGetQuizRequestSchema = z.object({ chapter: zChapterSlug });
export type TGetQuizRequest = z.infer<typeof ZGetQuizRequestSchema>;
