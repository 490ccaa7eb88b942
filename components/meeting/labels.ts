// Browser-safe words for meeting mode: action statuses, lever movement.
import type { ActionStatus, Movement } from "~/server/domain/meeting";

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = { OPEN: "Open", DONE: "Done", DROPPED: "Dropped" };
export const ACTION_STATUS_OPTIONS = (Object.keys(ACTION_STATUS_LABELS) as ActionStatus[]).map((value) => ({ value, label: ACTION_STATUS_LABELS[value] }));

export const MOVEMENT_LABELS: Record<Movement, string> = {
  improved: "moved up",
  worsened: "moved down",
  unchanged: "did not move",
  unknown: "not measured in both rounds",
};

/** "3 Mar 2026" from YYYY-MM-DD, the same in every locale. */
export function formatDueDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return `${d} ${months[m! - 1]} ${y}`;
}
