// Rules for what a team may record, each answering a sentence or null when the input is fine.
import type { Direction } from "./types";

export function checkTargetDirection(baseline: number, target: number, direction: Direction): string | null {
  if (direction === "INCREASE" && target < baseline) return "target: must be above the baseline when higher is better";
  if (direction === "DECREASE" && target > baseline) return "target: must be below the baseline when lower is better";
  return null;
}

export const STALE_ALIGNMENT_EDIT =
  "This changed since you opened it. Your edit is kept: compare it with the current version, then apply yours on top or take the current one.";
