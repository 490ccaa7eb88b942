import { startMeeting } from "../../../services/meeting/start-meeting";
import { projectProcedure } from "../../trpc";
import { actorOf } from "./procedures";
import { ZStartMeetingRequestSchema } from "./start-meeting.types";

/** Any member starts a meeting on a closed round of the project and facilitates it. */
export const startMeetingProcedure = projectProcedure
  .input(ZStartMeetingRequestSchema)
  .mutation(({ ctx, input }) => startMeeting(ctx.db, actorOf(ctx), { projectId: ctx.project.id, archived: ctx.project.archivedAt !== null, roundId: input.roundId }));
