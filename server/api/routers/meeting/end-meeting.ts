import { endMeeting } from "../../../services/meeting/end-meeting";
import { ZEndMeetingRequestSchema } from "./end-meeting.types";
import { actorOf, meetingProcedure } from "./procedures";

/** The facilitator ends the meeting. */
export const endMeetingProcedure = meetingProcedure.input(ZEndMeetingRequestSchema).mutation(({ ctx }) => endMeeting(ctx.db, actorOf(ctx), { meeting: ctx.meeting }));
