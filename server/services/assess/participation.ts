import "server-only";
// Who has answered a round and who has not, and in-app reminders to the latter. Owners and admins
// only; it shows whether someone answered, never what they answered.
import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/connection";
import { canManageRounds } from "../../domain/assess";
import { AppError } from "../../errors/app-error";
import type { MemberActor } from "../actor";
import type { RoundRef } from "./round-ref";
import { ROUND_CLOSED_MESSAGE } from "./save-answers";

const participantSelect = {
  status: true,
  submittedAt: true,
  user: { select: { id: true, name: true, email: true } },
} satisfies Prisma.RoundParticipantSelect;

function requireManager(actor: MemberActor) {
  if (!canManageRounds(actor.membership.role)) throw new AppError("FORBIDDEN", "Only owners and admins can see who has answered.");
}

export async function listParticipation(db: Db, actor: MemberActor, input: { round: RoundRef }) {
  requireManager(actor);
  const [participants, reminders] = await Promise.all([
    db.roundParticipant.findMany({ where: { roundId: input.round.id }, select: participantSelect, orderBy: { user: { name: "asc" } } }),
    db.roundReminder.groupBy({ by: ["userId"], where: { roundId: input.round.id }, _max: { createdAt: true }, _count: { _all: true } }),
  ]);
  const remindedAt = new Map(reminders.map((r) => [r.userId, { last: r._max.createdAt, count: r._count._all }]));
  return participants.map((p) => ({
    user: p.user,
    status: p.status,
    submittedAt: p.submittedAt,
    lastRemindedAt: remindedAt.get(p.user.id)?.last ?? null,
    reminderCount: remindedAt.get(p.user.id)?.count ?? 0,
  }));
}

/** Reminds everyone asked who has not submitted (or only the named ones among them). */
export async function sendReminders(db: Db, actor: MemberActor, input: { round: RoundRef; userIds?: string[] }) {
  requireManager(actor);
  if (input.round.status !== "OPEN") throw new AppError("PRECONDITION_FAILED", ROUND_CLOSED_MESSAGE);
  const waiting = await db.roundParticipant.findMany({
    where: { roundId: input.round.id, status: { not: "SUBMITTED" }, ...(input.userIds ? { userId: { in: input.userIds } } : {}) },
    select: { userId: true },
  });
  await db.roundReminder.createMany({ data: waiting.map((w) => ({ roundId: input.round.id, userId: w.userId, sentById: actor.user.id })) });
  return { reminded: waiting.length };
}
