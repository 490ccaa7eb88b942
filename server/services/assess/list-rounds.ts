import "server-only";
// A project's rounds, and the rounds waiting for a member across a workspace. Both first close any
// round whose closing date has passed, so nobody is asked to answer a round that is over.
import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/connection";
import type { MemberActor } from "../actor";
import { closeOverdueRounds } from "./close-round";

const roundListSelect = {
  id: true,
  title: true,
  status: true,
  anonymous: true,
  closesAt: true,
  closedAt: true,
  createdAt: true,
  rubricVersion: { select: { templateId: true, version: true, rubric: { select: { name: true } } } },
  aggregate: { select: { respondentCount: true } },
} satisfies Prisma.AssessmentRoundSelect;

export async function listProjectRounds(db: Db, actor: MemberActor, input: { projectId: string }) {
  await closeOverdueRounds(db, { projectId: input.projectId });
  const [rounds, counts, mine] = await Promise.all([
    db.assessmentRound.findMany({ where: { projectId: input.projectId }, select: roundListSelect, orderBy: { createdAt: "desc" }, take: 200 }),
    db.roundParticipant.groupBy({ by: ["roundId", "status"], where: { round: { projectId: input.projectId } }, _count: { _all: true } }),
    db.roundParticipant.findMany({ where: { userId: actor.user.id, round: { projectId: input.projectId } }, select: { roundId: true, status: true } }),
  ]);
  return rounds.map((r) => {
    const of = counts.filter((c) => c.roundId === r.id);
    return {
      ...r,
      invited: of.reduce((s, c) => s + c._count._all, 0),
      submitted: of.find((c) => c.status === "SUBMITTED")?._count._all ?? 0,
      myStatus: mine.find((m) => m.roundId === r.id)?.status ?? null,
    };
  });
}

export async function listWaitingRounds(db: Db, actor: MemberActor) {
  const workspaceId = actor.membership.workspaceId;
  await closeOverdueRounds(db, { workspaceId });
  const waiting = await db.roundParticipant.findMany({
    where: { userId: actor.user.id, status: { not: "SUBMITTED" }, round: { workspaceId, status: "OPEN" } },
    select: {
      status: true,
      round: { select: { id: true, title: true, closesAt: true, project: { select: { id: true, name: true } } } },
    },
    orderBy: { round: { closesAt: "asc" } },
    take: 50,
  });
  const reminders = await db.roundReminder.groupBy({
    by: ["roundId"],
    where: { userId: actor.user.id, roundId: { in: waiting.map((w) => w.round.id) } },
    _max: { createdAt: true },
  });
  return waiting.map((w) => ({
    ...w.round,
    myStatus: w.status,
    remindedAt: reminders.find((r) => r.roundId === w.round.id)?._max.createdAt ?? null,
  }));
}

/** Closed rounds of a project with their lever, condition and section scores, oldest first. */
export async function loadRoundHistory(db: Db, input: { projectId: string }) {
  const [rounds, scores] = await Promise.all([
    db.assessmentRound.findMany({
      where: { projectId: input.projectId, status: "CLOSED" },
      select: { id: true, title: true, closedAt: true, anonymous: true, rubricVersion: { select: { templateId: true } } },
      orderBy: { closedAt: "asc" },
      take: 500,
    }),
    db.roundGroupScore.findMany({
      where: { projectId: input.projectId },
      select: { roundId: true, groupId: true, kind: true, direction: true, score: true, bandId: true },
      orderBy: { closedAt: "asc" },
    }),
  ]);
  const byRound = new Map<string, typeof scores>();
  for (const s of scores) byRound.set(s.roundId, [...(byRound.get(s.roundId) ?? []), s]);
  return rounds.map((r) => ({
    id: r.id,
    title: r.title,
    closedAt: r.closedAt!,
    anonymous: r.anonymous,
    templateId: r.rubricVersion.templateId,
    groups: (byRound.get(r.id) ?? []).map(({ roundId: _r, ...g }) => g),
  }));
}
