import "server-only";
// The part of a meeting that changes while it runs: the slide everyone is on, and the actions made
// in it and in the meeting before it. Sent whole when someone (re)connects, so a follower who lost
// the connection catches up with one read.
import type { Db } from "../../db/connection";
import { sortActions } from "../../domain/meeting";
import { actionSelect, todayIso, toActionView, type ActionView } from "./action-view";

export interface MeetingState {
  meeting: { id: string; slideIndex: number; version: number; endedAt: Date | null };
  /** the meeting before this one in the same project, whose actions the review looks back on */
  previousMeetingId: string | null;
  actions: ActionView[];
}

export async function findPreviousMeeting(db: Db, meeting: { id: string; projectId: string; startedAt: Date }) {
  return db.meeting.findFirst({
    where: { projectId: meeting.projectId, id: { not: meeting.id }, startedAt: { lte: meeting.startedAt } },
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    select: { id: true, startedAt: true, roundId: true, round: { select: { title: true } } },
  });
}

export async function loadMeetingState(db: Db, meetingId: string): Promise<MeetingState> {
  const meeting = await db.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    select: { id: true, projectId: true, startedAt: true, slideIndex: true, version: true, endedAt: true },
  });
  const previous = await findPreviousMeeting(db, meeting);
  const rows = await db.meetingAction.findMany({
    where: { meetingId: { in: previous ? [meeting.id, previous.id] : [meeting.id] } },
    select: actionSelect,
    orderBy: { createdAt: "asc" },
  });
  const today = todayIso();
  return {
    meeting: { id: meeting.id, slideIndex: meeting.slideIndex, version: meeting.version, endedAt: meeting.endedAt },
    previousMeetingId: previous?.id ?? null,
    actions: sortActions(rows.map((r) => toActionView(r, today)), today),
  };
}
