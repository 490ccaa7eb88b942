// Who may see what of a round. While a round is open nobody sees anyone else's answers, so nobody
// anchors on a colleague; in an anonymous round individual answers never leave the server at all,
// and a discipline's figures appear only for three or more respondents, so none can be read back.
import { hasRole, type Role } from "../roles";

export interface RoundVisibility {
  status: "OPEN" | "CLOSED";
  anonymous: boolean;
}

/** Smallest group of one discipline whose figures may be shown in an anonymous round. */
export const MIN_ANONYMOUS_GROUP = 3;

/** Other respondents' individual answers (levels, notes, evidence) with their names. */
export function canSeeOthersAnswers(round: RoundVisibility): boolean {
  return round.status === "CLOSED" && !round.anonymous;
}

/** Results (aggregates) exist only once a round is closed. */
export function canSeeResults(round: RoundVisibility): boolean {
  return round.status === "CLOSED";
}

/** Who has and has not answered yet, and sending reminders: owners and admins. */
export function canManageRounds(role: Role): boolean {
  return hasRole(role, "ADMIN");
}

/**
 * In a named round everyone's answers are shown with their names after close, so a breakdown by
 * discipline reveals nothing new; in an anonymous one it must not single anyone out.
 */
export function minDisciplineGroup(anonymous: boolean): number {
  return anonymous ? MIN_ANONYMOUS_GROUP : 1;
}
