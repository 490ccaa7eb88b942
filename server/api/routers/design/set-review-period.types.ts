import { z } from "zod";
import { REVIEW_PERIOD_RANGE } from "../../../domain/design/section";

const range = `must be a whole number of days from ${REVIEW_PERIOD_RANGE.min} to ${REVIEW_PERIOD_RANGE.max}`;

export const ZSetReviewPeriodRequestSchema = z.object({
  days: z.number(range).int(range).min(REVIEW_PERIOD_RANGE.min, range).max(REVIEW_PERIOD_RANGE.max, range),
});
export type TSetReviewPeriodRequest = z.infer<typeof ZSetReviewPeriodRequestSchema>;

export const ZSetReviewPeriodResponseSchema = z.object({ reviewPeriodDays: z.number().int() });
