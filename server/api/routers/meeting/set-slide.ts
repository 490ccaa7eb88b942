import { setSlide } from "../../../services/meeting/set-slide";
import { actorOf, meetingProcedure } from "./procedures";
import { ZSetSlideRequestSchema } from "./set-slide.types";

/** The facilitator moves everyone to a slide. */
export const setSlideProcedure = meetingProcedure
  .input(ZSetSlideRequestSchema)
  .mutation(({ ctx, input }) => setSlide(ctx.db, actorOf(ctx), { meeting: ctx.meeting, slideIndex: input.slideIndex }));
