// Meeting mode: a live presentation of a closed round that everyone follows, and the actions the
// team records in it. Any member of the project's workspace may join; only the facilitator moves
// the slides.
import { createTRPCRouter } from "../../trpc";
import { createActionProcedure } from "./create-action";
import { endMeetingProcedure } from "./end-meeting";
import { getMeetingProcedure } from "./get-meeting";
import { listActionsProcedure } from "./list-actions";
import { listMeetingsProcedure } from "./list-meetings";
import { listMyOpenActionsProcedure } from "./list-my-open-actions";
import { liveProcedure } from "./live";
import { setSlideProcedure } from "./set-slide";
import { startMeetingProcedure } from "./start-meeting";
import { updateActionProcedure } from "./update-action";

export const meetingRouter = createTRPCRouter({
  start: startMeetingProcedure,
  get: getMeetingProcedure,
  list: listMeetingsProcedure,
  setSlide: setSlideProcedure,
  end: endMeetingProcedure,
  createAction: createActionProcedure,
  updateAction: updateActionProcedure,
  listActions: listActionsProcedure,
  myOpenActions: listMyOpenActionsProcedure,
  live: liveProcedure,
});
