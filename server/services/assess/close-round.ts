import "server-only";
// Closing a round by hand (overdue rounds: close-overdue-rounds.ts).
import type { Db } from "../../db/connection";
import { canManageRounds } from "../../domain/assess";
import { AppError } from "../../errors/app-error";
import type { MemberActor } from "../actor";
import { closeRoundNow } from "./close-round-now";
import type { RoundRef } from "./round-ref";

/** Closing by hand: owners and admins. Closing a round that is already closed changes nothing. */
export async function closeRound(db: Db, actor: MemberActor, input: { round: RoundRef }) {
  if (!canManageRounds(actor.membership.role)) throw new AppError("FORBIDDEN", "Only owners and admins can close a round.");
  const closed = input.round.status === "OPEN" ? await closeRoundNow(db, input.round) : false;
  return { closed };
}
