import { listMeetings } from "../../../services/meeting/list-meetings";
import { projectProcedure } from "../../trpc";
import { ZListMeetingsRequestSchema } from "./list-meetings.types";
import { actorOf } from "./procedures";

/** A project's recent meetings, newest first; any member. */
export const listMeetingsProcedure = projectProcedure.input(ZListMeetingsRequestSchema).query(({ ctx }) => listMeetings(ctx.db, actorOf(ctx), { projectId: ctx.project.id }));
