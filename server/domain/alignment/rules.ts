// Rules for what a team may record, each answering a sentence or null when the input is fine.
import type { Direction } from "./types";

export function checkTargetDirection(baseline: number, target: number, direction: Direction): string | null {
  if (direction === "INCREASE" && target < baseline) return "target: must be above the baseline when higher is better";
  if (direction === "DECREASE" && target > baseline) return "target: must be below the baseline when lower is better";
  return null;
}

export const STALE_ALIGNMENT_EDIT =
  "Someone else changed this since you opened it. Reload to see their change, then apply yours again.";
