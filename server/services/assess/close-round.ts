import "server-only";
// Closing a round by hand, and closing the rounds whose closing date has passed.
import type { Db } from "../../db/connection";
import { canManageRounds } from "../../domain/assess";
import { AppError } from "../../errors/app-error";
import type { MemberActor } from "../actor";
import { closeRoundNow } from "./close-round-now";
import type { RoundRef } from "./round-ref";

/** Closes every open round of the given projects whose closing date has passed. */
export async function closeOverdueRounds(db: Db, where: { projectId: string } | { workspaceId: string }, now = new Date()) {
  const due = await db.assessmentRound.findMany({ where: { ...where, status: "OPEN", closesAt: { lte: now } }, select: { id: true } });
  for (const round of due) await closeRoundNow(db, round, now);
}

/** Closing by hand: owners and admins. Closing a round that is already closed changes nothing. */
export async function closeRound(db: Db, actor: MemberActor, input: { round: RoundRef }) {
  if (!canManageRounds(actor.membership.role)) throw new AppError("FORBIDDEN", "Only owners and admins can close a round.");
  const closed = input.round.status === "OPEN" ? await closeRoundNow(db, input.round) : false;
  return { closed };
}
