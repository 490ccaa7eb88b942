import { z } from "zod";
import { zId, zVersion } from "../../inputs";
import { zItemId } from "./inputs";

const zText = z.string().trim().min(10, "must be at least 10 characters").max(300, "must be at most 300 characters");
const zAnchors = z.array(zText).length(5, "must hold five anchors, for levels 0 to 4");

export const ZRubricEditSchema = z.discriminatedUnion(
  "op",
  [
    z.object({ op: z.literal("reword"), itemId: zItemId, text: zText, levels: zAnchors.optional() }),
    z.object({
      op: z.literal("add"),
      groupId: zItemId,
      text: zText,
      levels: zAnchors.optional(),
      planStep: z.number().int("must be a whole number").min(1, "must be a plan step from 1 to 10").max(10, "must be a plan step from 1 to 10").optional(),
      chapter: z.string().regex(/^ch(0[1-9]|1[0-5])$/, "must be a chapter from ch01 to ch15").optional(),
      leverId: zItemId.optional(),
    }),
    z.object({ op: z.literal("retire"), itemId: zItemId }),
    z.object({ op: z.literal("restore"), itemId: zItemId }),
  ],
  "must be reword, add, retire or restore",
);

export const ZEditRubricRequestSchema = z.object({
  rubricId: zId,
  baseVersion: zVersion,
  edits: z.array(ZRubricEditSchema).min(1, "must hold at least one change").max(50, "must hold at most 50 changes"),
});
export type TEditRubricRequest = z.infer<typeof ZEditRubricRequestSchema>;
