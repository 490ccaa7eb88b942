import { tracked } from "@trpc/server";
import { followMeeting } from "../../../services/meeting/follow-meeting";
import { ZLiveRequestSchema } from "./live.types";
import { actorOf, meetingProcedure } from "./procedures";

/**
 * The meeting's live feed over server-sent events: the current state on (re)connect, then slide
 * changes and action changes. Authorised like every meeting procedure, and again before each event.
 */
export const liveProcedure = meetingProcedure.input(ZLiveRequestSchema).subscription(async function* ({ ctx, input, signal }) {
  for await (const { id, event } of followMeeting(ctx.db, actorOf(ctx), { meeting: ctx.meeting, lastEventId: input.lastEventId, signal })) {
    yield tracked(id, event);
  }
});
