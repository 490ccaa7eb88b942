// Rules for actions recorded in a meeting: when one is overdue, which due dates are sane, the
// order a list shows them in, and how an action's lever moved between two rounds. Pure: dates are
// ISO days (YYYY-MM-DD, UTC), "today" is passed in.

export const ACTION_STATUSES = ["OPEN", "DONE", "DROPPED"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_TITLE_MIN = 3;
export const ACTION_TITLE_MAX = 160;
/** How far ahead a due date may be set: two years. */
export const MAX_DUE_DAYS_AHEAD = 731;

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

/** An open action is overdue from the day after its due date. */
export function isOverdue(action: { status: ActionStatus; dueDate: string }, today: string): boolean {
  return action.status === "OPEN" && dayNumber(action.dueDate) < dayNumber(today);
}

/**
 * Why a due date is refused, or null. A new or changed due date must lie between today and two
 * years ahead; a due date left as it was is accepted even when it has passed (marking an overdue
 * action done must not force a new date).
 */
export function dueDateRefusal(dueDate: string, today: string, unchangedFrom?: string): string | null {
  if (unchangedFrom !== undefined && dueDate === unchangedFrom) return null;
  const days = dayNumber(dueDate) - dayNumber(today);
  if (days < 0) return "dueDate: must be today or later";
  if (days > MAX_DUE_DAYS_AHEAD) return "dueDate: must be within two years";
  return null;
}

const STATUS_ORDER: Record<ActionStatus, number> = { OPEN: 0, DONE: 1, DROPPED: 2 };

/** Open first (overdue ones at the top, then by due date), then done, then dropped; ties by title. */
export function sortActions<T extends { status: ActionStatus; dueDate: string; title: string; id: string }>(actions: readonly T[], today: string): T[] {
  return [...actions].sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      Number(isOverdue(b, today)) - Number(isOverdue(a, today)) ||
      a.dueDate.localeCompare(b.dueDate) ||
      a.title.localeCompare(b.title) ||
      a.id.localeCompare(b.id),
  );
}

export type Movement = "improved" | "worsened" | "unchanged" | "unknown";

export interface LeverMovement {
  before: number | null;
  after: number | null;
  change: number | null;
  movement: Movement;
}

/** Points of change (0-100) below which a lever is said not to have moved. */
export const MOVEMENT_THRESHOLD = 2;

/**
 * How a lever moved from the round an action was made in to a later round. Levers are maturity
 * (higher is better); conditions are risk, so a fall is an improvement.
 */
export function leverMovement(before: number | null | undefined, after: number | null | undefined, kind: "lever" | "condition" = "lever"): LeverMovement {
  if (before === null || before === undefined || after === null || after === undefined) {
    return { before: before ?? null, after: after ?? null, change: null, movement: "unknown" };
  }
  const change = Math.round((after - before) * 10) / 10;
  const signed = kind === "condition" ? -change : change;
  const movement: Movement = Math.abs(change) < MOVEMENT_THRESHOLD ? "unchanged" : signed > 0 ? "improved" : "worsened";
  return { before, after, change, movement };
}
