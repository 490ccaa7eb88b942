import { addDesignComment } from "../../../services/design/design-comments";
import { designProcedure } from "./procedure";
import { ZAddCommentRequestSchema } from "./add-comment.types";

/** Adds a review comment to a section, or a reply to a thread. */
export const addCommentRoute = designProcedure
  .input(ZAddCommentRequestSchema)
  .mutation(({ ctx, input }) => addDesignComment(ctx.db, ctx.actor, { project: ctx.designProject, step: input.step, body: input.body, parentId: input.parentId }));
