import { z } from "zod";
import { zId } from "../../inputs";
import { zDate, zRoundTitle, zUserIds } from "./inputs";

export const ZOpenRoundRequestSchema = z.object({
  title: zRoundTitle,
  closesAt: zDate,
  rubric: z.union([z.object({ templateId: z.string().trim().min(1, "is required").max(80, "must be at most 80 characters") }), z.object({ rubricId: zId })], "must name a template or a workspace rubric"),
  anonymous: z.boolean("must be true or false").default(true),
  inviteeIds: zUserIds.min(1, "must ask at least one person"),
});
export type TOpenRoundRequest = z.infer<typeof ZOpenRoundRequestSchema>;
