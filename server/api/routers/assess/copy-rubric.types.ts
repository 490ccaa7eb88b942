import { z } from "zod";

export const ZCopyRubricRequestSchema = z.object({
  templateId: z.string().trim().min(1, "is required").max(80, "must be at most 80 characters"),
  name: z.string().trim().min(3, "must be at least 3 characters").max(80, "must be at most 80 characters"),
});
export type TCopyRubricRequest = z.infer<typeof ZCopyRubricRequestSchema>;
