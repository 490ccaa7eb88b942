import "server-only";
// A project's rounds, and the rounds waiting for a member across a workspace. Both first close any
// round whose closing date has passed, so nobody is asked to answer a round that is over.
import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/connection";
import type { MemberActor } from "../actor";
import { closeOverdueRounds } from "./close-overdue-rounds";
import { listTemplates } from "./templates";

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
  const templateName = new Map(listTemplates().map((t) => [t.id, t.name]));
  return rounds.map((r) => {
    const of = counts.filter((c) => c.roundId === r.id);
    return {
      ...r,
      rubricName: r.rubricVersion.rubric?.name ?? templateName.get(r.rubricVersion.templateId) ?? r.rubricVersion.templateId,
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
    // Only reminders not yet read: opening the round (getRound) marks them read.
    where: { userId: actor.user.id, roundId: { in: waiting.map((w) => w.round.id) }, readAt: null },
    _max: { createdAt: true },
  });
  return waiting.map((w) => ({
    ...w.round,
    myStatus: w.status,
    remindedAt: reminders.find((r) => r.roundId === w.round.id)?._max.createdAt ?? null,
  }));
}

export interface HistoryRound {
  id: string;
  title: string;
  closedAt: Date;
  anonymous: boolean;
  templateId: string;
  groups: { groupId: string; kind: string; direction: string; score: number | null; bandId: string | null }[];
}

/**
 * Closed rounds of a project with their lever, condition and section scores, oldest first: one
 * query, one row per round (scores folded into JSON by the database), so 40 rounds are 40 rows.
 */
export async function loadRoundHistory(db: Db, input: { projectId: string }): Promise<HistoryRound[]> {
  const rows = await db.$queryRaw<(Omit<HistoryRound, "groups"> & { groups: HistoryRound["groups"] | string })[]>`
    SELECT r."id", r."title", r."closedAt", r."anonymous", v."templateId",
           COALESCE(
             json_agg(json_build_object('groupId', s."groupId", 'kind', s."kind", 'direction', s."direction", 'score', s."score", 'bandId', s."bandId")
                      ORDER BY s."groupId") FILTER (WHERE s."groupId" IS NOT NULL),
             '[]'::json) AS "groups"
    FROM "AssessmentRound" r
    JOIN "RubricVersion" v ON v."id" = r."rubricVersionId"
    LEFT JOIN "RoundGroupScore" s ON s."roundId" = r."id"
    WHERE r."projectId" = ${input.projectId} AND r."status" = 'CLOSED'
    GROUP BY r."id", v."templateId"
    ORDER BY r."closedAt" ASC, r."id" ASC
    LIMIT 1000`;
  // Adapters differ on whether a json column arrives parsed.
  return rows.map((r) => ({ ...r, groups: typeof r.groups === "string" ? (JSON.parse(r.groups) as HistoryRound["groups"]) : r.groups }));
}
