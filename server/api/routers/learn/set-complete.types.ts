import { z } from "zod";
import { zChapterSlug } from "./inputs";

export const ZSetCompleteRequestSchema = z.object({ chapter: zChapterSlug, complete: z.boolean("must be true or false") });
export type TSetCompleteRequest = z.infer<typeof ZSetCompleteRequestSchema>;
