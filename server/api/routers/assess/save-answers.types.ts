import { z } from "zod";
import { zItemId, zNote, zPlanStep, zUrl } from "./inputs";

export const ZAnswerSchema = z.object({
  itemId: zItemId,
  level: z.number("must be a level from 0 to 4").int("must be a whole number").min(0, "must be a level from 0 to 4").max(4, "must be a level from 0 to 4").nullable(),
  dontKnow: z.boolean("must be true or false").default(false),
  note: zNote.default(""),
  evidenceStep: zPlanStep.nullable().default(null),
  evidenceUrl: zUrl.nullable().default(null),
});

export const ZSaveAnswersRequestSchema = z.object({
  answers: z.array(ZAnswerSchema).max(200, "must hold at most 200 answers"),
  submit: z.boolean("must be true or false").default(false),
});
export type TSaveAnswersRequest = z.infer<typeof ZSaveAnswersRequestSchema>;
