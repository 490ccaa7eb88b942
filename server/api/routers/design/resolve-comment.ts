import { resolveDesignComment } from "../../../services/design/design-comments";
import { designProcedure } from "./procedure";
import { ZResolveCommentRequestSchema } from "./resolve-comment.types";

/** Resolves or reopens a comment thread. */
export const resolveCommentRoute = designProcedure
  .input(ZResolveCommentRequestSchema)
  .mutation(({ ctx, input }) => resolveDesignComment(ctx.db, ctx.actor, { project: ctx.designProject, commentId: input.commentId, resolved: input.resolved }));
