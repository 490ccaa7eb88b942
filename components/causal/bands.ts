// Score bands for the causal views and the dashboard. A lever or condition is named exactly as the
// assessment rubric names it (content/rubric/causeway-maturity.json: `bands` and `riskBands`), so a
// score reads the same on the dashboard and on a round's results; tests/unit/causal-bands.test.ts
// fails if the two drift. Workspaces cannot edit bands, so every round's rubric version has these.
// Browser-safe (the rubric file itself is too large to ship). Five bands of twenty points; a score
// of exactly 20 starts band 2.
import type { NodeKind } from "~/server/domain/causal/model";

/** Maturity of a practice the team controls. */
export const MATURITY_BANDS = ["Ad hoc", "Reactive", "Repeatable", "Automated", "Automated and proven"] as const;
/** A projected state or outcome is a condition of the system, not a practice, so it gets health words. */
export const HEALTH_BANDS = ["Poor", "Weak", "Fair", "Good", "Strong"] as const;
/** A contextual condition is assessed as risk (higher is worse) and named by its risk. */
export const RISK_BANDS = ["Minimal risk", "Low risk", "Moderate risk", "High risk", "Severe risk"] as const;

/** 0–4 for scores 0–19.99, 20–39.99, 40–59.99, 60–79.99, 80–100. */
export function bandIndex(score: number): number {
  return Math.max(0, Math.min(4, Math.floor(score / 20)));
}

/** Colours by health band (0 worst … 4 best): light fills with dark text keep contrast above 4.5:1. */
export const BAND_STYLES = [
  { box: "border-red-600 bg-red-50", swatch: "#fecaca" },
  { box: "border-orange-600 bg-orange-50", swatch: "#fed7aa" },
  { box: "border-amber-600 bg-amber-50", swatch: "#fde68a" },
  { box: "border-lime-700 bg-lime-50", swatch: "#d9f99d" },
  { box: "border-green-700 bg-green-50", swatch: "#bbf7d0" },
] as const;
export const NO_VALUE_STYLE = { box: "border-dashed border-slate-400 bg-white", swatch: "#ffffff" } as const;

export interface Band {
  /** health band 0–4, for colour */
  index: number;
  name: string;
}

/** The band of a node from its health (0–100, higher is better); for a condition the name is read from its risk. */
export function bandFor(kind: NodeKind, health: number): Band {
  const index = bandIndex(health);
  if (kind === "condition") return { index, name: RISK_BANDS[bandIndex(100 - health)]! };
  return { index, name: (kind === "lever" ? MATURITY_BANDS : HEALTH_BANDS)[index]! };
}
