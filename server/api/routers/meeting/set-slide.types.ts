import { z } from "zod";
import { LAST_SLIDE } from "../../../domain/meeting";
import { zId } from "../../inputs";

export const ZSetSlideRequestSchema = z.object({
  meetingId: zId,
  slideIndex: z.number("must be a number").int("must be a whole number").min(0, "must be 0 or more").max(LAST_SLIDE, `must be at most ${LAST_SLIDE}`),
});
export type TSetSlideRequest = z.infer<typeof ZSetSlideRequestSchema>;
