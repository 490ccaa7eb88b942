// Closing a round and storing its aggregates, once. The status flip and the aggregates are written
// in one transaction guarded by "still open", so two closers (a person and an overdue check) cannot
// both compute, and no answer saved after the flip can enter the figures.
// No "server-only" marker: the demo seed (a plain tsx script) closes its rounds with this same code.
import type { Db } from "../../db/connection";
import { aggregateRound, exemptItemsAt, minDisciplineGroup } from "../../domain/assess";
import { readStoredRubric } from "./templates";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Closes the round if it is still open. Returns true when this call closed it. */
export async function closeRoundNow(db: Db, round: { id: string }, closedAt = new Date()): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.assessmentRound.updateMany({ where: { id: round.id, status: "OPEN" }, data: { status: "CLOSED", closedAt } });
    if (count === 0) return false;
    await storeAggregates(tx, round.id, closedAt);
    return true;
  });
}

async function storeAggregates(tx: Tx, roundId: string, closedAt: Date) {
  const round = await tx.assessmentRound.findUniqueOrThrow({
    where: { id: roundId },
    select: { id: true, projectId: true, workspaceId: true, anonymous: true, rubricVersion: { select: { content: true } } },
  });
  const rubric = readStoredRubric(round.rubricVersion.content);
  // Sequential on purpose: one transaction is one connection. Only submitted answers count; a draft
  // nobody submitted stays out of the figures. Raw SQL for the one large read (respondents × items).
  const participants = await tx.roundParticipant.findMany({ where: { roundId, status: "SUBMITTED" }, select: { userId: true, discipline: true } });
  const answers = await tx.$queryRaw<{ userId: string; itemId: string; level: number | null; dontKnow: boolean }[]>`
    SELECT a."userId", a."itemId", a."level", a."dontKnow"
    FROM "RoundAnswer" a
    JOIN "RoundParticipant" p ON p."roundId" = a."roundId" AND p."userId" = a."userId"
    WHERE a."roundId" = ${roundId} AND p."status" = 'SUBMITTED'`;
  const exemptions = await tx.itemExemption.findMany({ where: { projectId: round.projectId }, select: { itemId: true, createdAt: true, expiresAt: true, revokedAt: true } });
  const byUser = new Map<string, { itemId: string; level: number | null }[]>();
  for (const a of answers) {
    const list = byUser.get(a.userId) ?? [];
    list.push({ itemId: a.itemId, level: a.dontKnow ? null : a.level });
    byUser.set(a.userId, list);
  }
  const aggregate = aggregateRound({
    rubric,
    respondents: participants.map((p) => ({ discipline: p.discipline ?? "OTHER", answers: byUser.get(p.userId) ?? [] })),
    exemptItemIds: exemptItemsAt(exemptions, closedAt),
    minDisciplineGroup: minDisciplineGroup(round.anonymous),
  });
  await tx.roundAggregate.create({
    data: {
      roundId,
      respondentCount: aggregate.respondentCount,
      items: aggregate.items as object[],
      groups: aggregate.groups as object[],
      disciplines: aggregate.disciplines as object[],
      mlTestScore: (aggregate.mlTestScore as object | null) ?? undefined,
    },
  });
  await tx.roundGroupScore.createMany({
    data: aggregate.groups.map((g) => ({
      roundId,
      projectId: round.projectId,
      workspaceId: round.workspaceId,
      groupId: g.groupId,
      kind: g.kind,
      direction: g.direction,
      score: g.score,
      bandId: g.bandId,
      closedAt,
    })),
  });
}

