// How a lever's or condition's assessed score is written: maturity for a lever, risk for a
// condition, with the band the causal views use. Browser-safe.
import { bandFor } from "~/components/causal/bands";

export type GroupKind = "lever" | "condition";

export function bandOf(kind: GroupKind, score: number) {
  return bandFor(kind, kind === "condition" ? 100 - score : score);
}

/** "62 · Automated" for a lever, "risk 70 · High risk" for a condition. */
export function scoreText(kind: GroupKind, score: number | null): string {
  if (score === null) return "not scored";
  return `${kind === "condition" ? "risk " : ""}${Math.round(score)} · ${bandOf(kind, score).name}`;
}

/** "+5 (better)", "−3 (worse)", "no change"; a condition is better when its risk falls. */
export function changeText(kind: GroupKind, change: number | null): string {
  if (change === null) return "—";
  const rounded = Math.round(change);
  if (rounded === 0) return "no change";
  const better = kind === "condition" ? rounded < 0 : rounded > 0;
  return `${rounded > 0 ? "+" : "−"}${Math.abs(rounded)} (${better ? "better" : "worse"})`;
}
