import "server-only";
// A project's actions for the dashboard's Actions panel: open first, overdue at the top. Each
// action also says how its lever moved between the round its meeting presented and the project's
// latest closed round, once a later round has closed (from the stored lever scores of both rounds).
import type { Db } from "../../db/connection";
import { leverMovement, sortActions, type LeverMovement } from "../../domain/meeting";
import type { MemberActor } from "../actor";
import { actionSelect, todayIso, toActionView, type ActionView } from "./action-view";

/** More than any team records; the panel shows them all. */
export const MAX_LISTED_ACTIONS = 500;

export interface ProjectActionView extends ActionView {
  /** null until a round closes after the one the action's meeting presented */
  sinceMeeting: { roundTitle: string; latestRoundTitle: string; movement: LeverMovement } | null;
}

export async function listActions(db: Db, _actor: MemberActor, input: { projectId: string }): Promise<ProjectActionView[]> {
  const [rows, latest] = await Promise.all([
    db.meetingAction.findMany({
      where: { projectId: input.projectId },
      select: { ...actionSelect, meeting: { select: { round: { select: { id: true, title: true, closedAt: true } } } } },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: MAX_LISTED_ACTIONS,
    }),
    db.assessmentRound.findFirst({
      where: { projectId: input.projectId, status: "CLOSED", groupScores: { some: { kind: "lever" } } }, // not an ML Test Score round
      orderBy: [{ closedAt: "desc" }, { id: "desc" }],
      select: { id: true, title: true, closedAt: true },
    }),
  ]);
  const roundIds = [...new Set(rows.map((r) => r.meeting.round.id))];
  const scores = latest
    ? await db.roundGroupScore.findMany({ where: { roundId: { in: [latest.id, ...roundIds] }, kind: "lever" }, select: { roundId: true, groupId: true, score: true } })
    : [];
  const scoreOf = new Map(scores.map((s) => [`${s.roundId}:${s.groupId}`, s.score]));
  const today = todayIso();
  const views = rows.map(({ meeting, ...row }): ProjectActionView => {
    const round = meeting.round;
    const later = latest && round.closedAt && latest.closedAt && round.closedAt < latest.closedAt;
    return {
      ...toActionView(row, today),
      sinceMeeting: later
        ? {
            roundTitle: round.title,
            latestRoundTitle: latest.title,
            movement: leverMovement(scoreOf.get(`${round.id}:${row.leverId}`), scoreOf.get(`${latest.id}:${row.leverId}`)),
          }
        : null,
    };
  });
  return sortActions(views, today);
}
