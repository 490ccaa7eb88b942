import { z } from "zod";
import { zId } from "../../inputs";
import { zCommentBody, zStep } from "./inputs";

export const ZAddCommentRequestSchema = z.object({ step: zStep, body: zCommentBody, parentId: zId.optional() });
export type TAddCommentRequest = z.infer<typeof ZAddCommentRequestSchema>;
