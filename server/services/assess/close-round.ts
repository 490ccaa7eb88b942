import "server-only";
// Closing a round by hand, and closing the rounds whose closing date has passed.
import type { Db } from "../../db/connection";
import { Prisma } from "../../db/generated/client";
import { canManageRounds } from "../../domain/assess";
import { AppError } from "../../errors/app-error";
import type { MemberActor } from "../actor";
import { closeRoundNow } from "./close-round-now";
import type { RoundRef } from "./round-ref";

/** Closes every open round of the given projects whose closing date has passed. */
export async function closeOverdueRounds(db: Db, where: { projectId: string } | { workspaceId: string }, now = new Date()) {
  // Raw SQL: every assess and steer read runs this first, and a typed query's compile step cost more
  // than the lookup itself (see "Hot lookups in SQL" in the README).
  const scope = "projectId" in where ? Prisma.sql`"projectId" = ${where.projectId}` : Prisma.sql`"workspaceId" = ${where.workspaceId}`;
  const due = await db.$queryRaw<{ id: string }[]>`SELECT "id" FROM "AssessmentRound" WHERE ${scope} AND "status" = 'OPEN' AND "closesAt" <= ${now}`;
  for (const round of due) await closeRoundNow(db, round, now);
}

/** Closing by hand: owners and admins. Closing a round that is already closed changes nothing. */
export async function closeRound(db: Db, actor: MemberActor, input: { round: RoundRef }) {
  if (!canManageRounds(actor.membership.role)) throw new AppError("FORBIDDEN", "Only owners and admins can close a round.");
  const closed = input.round.status === "OPEN" ? await closeRoundNow(db, input.round) : false;
  return { closed };
}
