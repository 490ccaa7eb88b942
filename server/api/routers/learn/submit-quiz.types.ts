import { z } from "zod";
import { zChapterSlug } from "./inputs";

const zQuestionId = z.string().max(10, "must be at most 10 characters");
const zOptionId = z.string().max(40, "must be at most 40 characters");

export const ZSubmitQuizRequestSchema = z.object({
  chapter: zChapterSlug,
  /** Question id → ids of the chosen options. */
  answers: z
    .record(zQuestionId, z.array(zOptionId, "must be a list of option ids").max(10, "must name at most 10 options"), "must map question ids to option ids")
    .refine((a) => Object.keys(a).length <= 30, "must answer at most 30 questions"),
});
export type TSubmitQuizRequest = z.infer<typeof ZSubmitQuizRequestSchema>;
