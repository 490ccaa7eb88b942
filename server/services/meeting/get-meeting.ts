import "server-only";
// Everything the meeting page needs besides the round's dashboard data: who facilitates, the live
// state, how each lever moved since the previous meeting's round (for its actions), and the lists
// the action form offers (members, levers, chapters). Scores come from the stored group scores of
// closed rounds, never from individual answers.
import { bookChapterLabel } from "../../content/build-catalog";
import { getCatalog } from "../../content/catalog";
import { LEVER_IDS } from "../../content/ids";
import { getCausalModel } from "../../content/causal-model";
import type { Db } from "../../db/connection";
import { leverMovement, type LeverMovement } from "../../domain/meeting";
import type { MemberActor } from "../actor";
import type { MeetingRef } from "./meeting-ref";
import { findPreviousMeeting, loadMeetingState } from "./meeting-state";

async function leverScores(db: Db, roundId: string): Promise<Map<string, number | null>> {
  const rows = await db.roundGroupScore.findMany({ where: { roundId, kind: "lever" }, select: { groupId: true, score: true } });
  return new Map(rows.map((r) => [r.groupId, r.score]));
}

export async function getMeeting(db: Db, actor: MemberActor, input: { meeting: MeetingRef }) {
  const row = await db.meeting.findUniqueOrThrow({
    where: { id: input.meeting.id },
    select: {
      id: true,
      projectId: true,
      roundId: true,
      startedAt: true,
      endedAt: true,
      round: { select: { title: true, closedAt: true } },
      facilitator: { select: { id: true, name: true } },
    },
  });
  const [state, previous, members, now] = await Promise.all([
    loadMeetingState(db, row.id),
    findPreviousMeeting(db, row),
    db.membership.findMany({ where: { workspaceId: input.meeting.workspaceId }, select: { user: { select: { id: true, name: true } } }, orderBy: { user: { name: "asc" } } }),
    leverScores(db, row.roundId),
  ]);
  const before = previous ? await leverScores(db, previous.roundId) : new Map<string, number | null>();
  const movement: Record<string, LeverMovement> = Object.fromEntries(LEVER_IDS.map((id) => [id, leverMovement(before.get(id), now.get(id))]));
  const names = new Map(getCausalModel().nodes.map((n) => [n.id, n.name]));
  return {
    id: row.id,
    projectId: row.projectId,
    round: { id: row.roundId, title: row.round.title, closedAt: row.round.closedAt },
    facilitator: row.facilitator,
    isFacilitator: row.facilitator.id === actor.user.id,
    startedAt: row.startedAt,
    endedAt: row.endedAt,
    previousMeeting: previous ? { id: previous.id, startedAt: previous.startedAt, roundTitle: previous.round.title } : null,
    state,
    movement,
    members: members.map((m) => m.user),
    levers: LEVER_IDS.map((id) => ({ id, name: names.get(id) ?? id })),
    lessons: getCatalog().chapters.map((c) => ({ slug: c.slug, number: c.number, book: bookChapterLabel(c), title: c.title })),
  };
}

export type MeetingView = Awaited<ReturnType<typeof getMeeting>>;
