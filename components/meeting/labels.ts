// Browser-safe words for meeting mode: action statuses, lever movement.
import type { ActionStatus, LeverMovement, Movement } from "~/server/domain/meeting";

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = { OPEN: "Open", DONE: "Done", DROPPED: "Dropped" };
export const ACTION_STATUS_OPTIONS = (Object.keys(ACTION_STATUS_LABELS) as ActionStatus[]).map((value) => ({ value, label: ACTION_STATUS_LABELS[value] }));

export const MOVEMENT_LABELS: Record<Movement, string> = {
  improved: "moved up",
  worsened: "moved down",
  unchanged: "did not move",
  unknown: "not measured in both rounds",
};

/** "lever moved up (41 → 58, +17)": how an action's lever moved between two rounds, in words. */
export function describeMovement(m: LeverMovement | undefined): string {
  if (!m || m.change === null) return `lever ${MOVEMENT_LABELS.unknown}`;
  const change = Math.round(m.change);
  return `lever ${MOVEMENT_LABELS[m.movement]} (${Math.round(m.before!)} → ${Math.round(m.after!)}${change ? `, ${change > 0 ? "+" : "−"}${Math.abs(change)}` : ""})`;
}

/** Text colour for a movement: green up, red down, plain otherwise (the words carry the meaning). */
export function movementClass(m: LeverMovement | undefined): string {
  return m?.movement === "improved" ? "font-medium text-emerald-800" : m?.movement === "worsened" ? "font-medium text-red-800" : "text-slate-700";
}

/** "3 Mar 2026" from YYYY-MM-DD, the same in every locale. */
export function formatDueDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return `${d} ${months[m! - 1]} ${y}`;
}
