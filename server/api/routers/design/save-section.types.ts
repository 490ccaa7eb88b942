import { z } from "zod";
import { withStepFields, zRevision, zSectionContent, zStep } from "./inputs";

export const ZSaveSectionRequestSchema = z
  .object({
    step: zStep,
    baseRevision: zRevision,
    content: zSectionContent,
    confirmReview: z.boolean().optional(),
    overrideOpenComments: z.boolean().optional(),
  })
  .superRefine(withStepFields);
export type TSaveSectionRequest = z.infer<typeof ZSaveSectionRequestSchema>;
