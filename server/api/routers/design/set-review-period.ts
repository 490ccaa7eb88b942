import { setReviewPeriod } from "../../../services/design/set-review-period";
import { designProcedure } from "./procedure";
import { ZSetReviewPeriodRequestSchema, ZSetReviewPeriodResponseSchema } from "./set-review-period.types";

/** How many days a done section stays current before "review due" (project owner and admins). */
export const setReviewPeriodRoute = designProcedure
  .input(ZSetReviewPeriodRequestSchema)
  .output(ZSetReviewPeriodResponseSchema)
  .mutation(({ ctx, input }) => setReviewPeriod(ctx.db, ctx.actor, { project: ctx.designProject, days: input.days }));
