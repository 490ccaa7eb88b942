import "server-only";
// A project's meetings, newest first, so members can join one that is running or look back.
import type { Db } from "../../db/connection";
import type { MemberActor } from "../actor";

export const LISTED_MEETINGS = 20;

export async function listMeetings(db: Db, _actor: MemberActor, input: { projectId: string }) {
  return db.meeting.findMany({
    where: { projectId: input.projectId },
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    take: LISTED_MEETINGS,
    select: {
      id: true,
      startedAt: true,
      endedAt: true,
      round: { select: { id: true, title: true } },
      facilitator: { select: { id: true, name: true } },
      _count: { select: { actions: true } },
    },
  });
}
