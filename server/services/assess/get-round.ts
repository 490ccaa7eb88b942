import "server-only";
// What a member sees of a round: its rubric, their own answers and the overall progress. Never
// anyone else's answers: those appear, if ever, only in the results after close.
import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/connection";
import { canManageRounds, exemptItemsAt, levelNamesOf, listQuestions } from "../../domain/assess";
import type { MemberActor } from "../actor";
import { rubricLabels } from "./labels";
import { loadRubric, type RoundRef } from "./round-ref";

export const ownAnswerSelect = {
  itemId: true,
  level: true,
  dontKnow: true,
  note: true,
  evidenceStep: true,
  evidenceUrl: true,
  updatedAt: true,
} satisfies Prisma.RoundAnswerSelect;

export async function getRound(db: Db, actor: MemberActor, input: { round: RoundRef }) {
  const { round } = input;
  const [rubric, project, me, mine, counts, exemptions] = await Promise.all([
    loadRubric(db, round.rubricVersionId),
    db.project.findUniqueOrThrow({ where: { id: round.projectId }, select: { id: true, name: true } }),
    db.roundParticipant.findUnique({ where: { roundId_userId: { roundId: round.id, userId: actor.user.id } }, select: { status: true, submittedAt: true } }),
    db.roundAnswer.findMany({ where: { roundId: round.id, userId: actor.user.id }, select: ownAnswerSelect }),
    db.roundParticipant.groupBy({ by: ["status"], where: { roundId: round.id }, _count: { _all: true } }),
    db.itemExemption.findMany({ where: { projectId: round.projectId }, select: { itemId: true, createdAt: true, expiresAt: true, revokedAt: true } }),
    // Opening the round reads its reminders: the waiting list stops flagging them.
    db.roundReminder.updateMany({ where: { roundId: round.id, userId: actor.user.id, readAt: null }, data: { readAt: new Date() } }),
  ]);
  const count = (s: string) => counts.find((c) => c.status === s)?._count._all ?? 0;
  return {
    round: { ...round, project },
    rubric: {
      id: rubric.id,
      name: rubric.name,
      kind: rubric.kind,
      groups:
        rubric.kind === "levels"
          ? rubric.groups.map((g) => ({ id: g.nodeId, kind: g.kind as string, direction: g.direction as string, name: null as string | null, levelNames: levelNamesOf(rubric, g.direction) }))
          : rubric.sections.map((s) => ({ id: s.id, kind: "section", direction: "higher_is_better", name: s.name as string | null, levelNames: null })),
      questions: listQuestions(rubric),
    },
    labels: rubricLabels(rubric),
    notApplicable: [...exemptItemsAt(exemptions, new Date())],
    me: me ? { status: me.status, submittedAt: me.submittedAt, answers: mine } : null,
    progress: { invited: counts.reduce((s, c) => s + c._count._all, 0), submitted: count("SUBMITTED") },
    canManage: canManageRounds(actor.membership.role),
  };
}
