import { getMeeting } from "../../../services/meeting/get-meeting";
import { ZGetMeetingRequestSchema } from "./get-meeting.types";
import { actorOf, meetingProcedure } from "./procedures";

/** The meeting, its live state and what its slides and form need; any member of the workspace. */
export const getMeetingProcedure = meetingProcedure.input(ZGetMeetingRequestSchema).query(({ ctx }) => getMeeting(ctx.db, actorOf(ctx), { meeting: ctx.meeting }));
