// Vocabulary of the alignment signals. Pure and browser-safe: the pages import labels from here.

export const DIRECTIONS = ["INCREASE", "DECREASE"] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const CONFIDENCES = ["ON_TRACK", "AT_RISK", "OFF_TRACK"] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/**
 * Status levels from best to worst. Stale ranks last: a manager cannot tell whether an objective
 * nobody checks in on is fine, so it asks for attention before a known misalignment does.
 */
export const STATUSES = ["ON_TRACK", "AT_RISK", "MISALIGNED", "STALE"] as const;
export type Status = (typeof STATUSES)[number];

export const STATUS_LABELS: Record<Status, string> = {
  ON_TRACK: "On track",
  AT_RISK: "At risk",
  MISALIGNED: "Misaligned",
  STALE: "Stale",
};

export const DIRECTION_LABELS: Record<Direction, string> = {
  INCREASE: "Higher is better",
  DECREASE: "Lower is better",
};

export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  ON_TRACK: "On track",
  AT_RISK: "At risk",
  OFF_TRACK: "Off track",
};

/** Project settings for the signals; defaults are what a new project gets. */
export interface AlignmentSettings {
  /** How many recent check-ins the misalignment check looks at. */
  window: number;
  /** Share of the baseline-to-target distance a change must exceed to count as movement. */
  tolerance: number;
  /** Days without a check-in after which an objective is stale. */
  staleDays: number;
}

export const DEFAULT_SETTINGS: AlignmentSettings = { window: 6, tolerance: 0.05, staleDays: 21 };

export const SETTINGS_LIMITS = {
  window: { min: 3, max: 52 },
  tolerance: { min: 0, max: 1 },
  staleDays: { min: 1, max: 365 },
} as const;

export interface MetricDef {
  id: string;
  name: string;
  unit: string;
  baseline: number;
  target: number;
  direction: Direction;
}

/** One check-in as the signals see it: ISO date (YYYY-MM-DD), values keyed by ML metric id. */
export interface CheckInPoint {
  date: string;
  business: number;
  ml: Record<string, number | undefined>;
  confidence: Confidence | null;
  note: string;
}

/** A signal's verdict and the sentence shown beside it. */
export interface Signal {
  kind: "progress" | "misalignment" | "stale" | "confidence" | "no-data";
  status: Status;
  sentence: string;
}

export function worstStatus(statuses: readonly Status[]): Status {
  let worst: Status = "ON_TRACK";
  for (const s of statuses) if (STATUSES.indexOf(s) > STATUSES.indexOf(worst)) worst = s;
  return worst;
}

/** Signed improvement: positive when the change goes the metric's good way. */
export function improvement(change: number, direction: Direction): number {
  return direction === "INCREASE" ? change : -change;
}

/** The scale changes are measured against: the baseline-to-target distance, else the baseline, else 1. */
export function metricScale(m: { baseline: number; target: number }): number {
  const span = Math.abs(m.target - m.baseline);
  if (span > 0) return span;
  return Math.abs(m.baseline) > 0 ? Math.abs(m.baseline) : 1;
}
