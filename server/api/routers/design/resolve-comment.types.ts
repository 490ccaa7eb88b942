import { z } from "zod";
import { zId } from "../../inputs";

export const ZResolveCommentRequestSchema = z.object({ commentId: zId, resolved: z.boolean("must be true or false") });
export type TResolveCommentRequest = z.infer<typeof ZResolveCommentRequestSchema>;
