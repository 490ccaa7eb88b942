// Labels, option lists and output types the alignment pages need in the browser. The domain
// modules imported here (types, dates, format) are pure and browser-safe.
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "~/server/api/root";
import { CONFIDENCE_LABELS, CONFIDENCES, DIRECTION_LABELS, DIRECTIONS, STATUS_LABELS, type Status } from "~/server/domain/alignment/types";

export { formatDay } from "~/server/domain/alignment/dates";
export { formatPercent, formatValue } from "~/server/domain/alignment/format";
export { CONFIDENCE_LABELS, DIRECTION_LABELS, STATUS_LABELS, STATUSES, type Confidence, type Direction, type Status } from "~/server/domain/alignment/types";

export const directionOptions = DIRECTIONS.map((d) => ({ value: d, label: DIRECTION_LABELS[d] }));
export const confidenceOptions = [{ value: "", label: "Not given" }, ...CONFIDENCES.map((c) => ({ value: c, label: CONFIDENCE_LABELS[c] }))];

export const STATUS_TONES: Record<Status, string> = {
  ON_TRACK: "bg-emerald-100 text-emerald-900",
  AT_RISK: "bg-amber-100 text-amber-900",
  MISALIGNED: "bg-red-100 text-red-900",
  STALE: "bg-slate-200 text-slate-900",
};

/** Solid colours for the timeline bands and shaded chart areas (each paired with text elsewhere). */
export const STATUS_FILLS: Record<Status, string> = {
  ON_TRACK: "#059669",
  AT_RISK: "#d97706",
  MISALIGNED: "#dc2626",
  STALE: "#64748b",
};

export const STATUS_MEANINGS: Record<Status, string> = {
  ON_TRACK: "every signal is fine",
  AT_RISK: "behind schedule, or the owner is not confident",
  MISALIGNED: "an ML metric improves while the business metric does not",
  STALE: "no recent check-in",
};

type Outputs = inferRouterOutputs<AppRouter>;
export type AlignmentView = Outputs["alignment"]["view"];
export type ObjectiveView = AlignmentView["objectives"][number];
export type MlMetricView = AlignmentView["mlMetrics"][number];
export type CheckInView = ObjectiveView["checkIns"][number];
export type WorkspaceAlignment = Outputs["alignment"]["workspaceOverview"];

/** Parses a number typed by a person; empty means "no value". */
export function readNumber(raw: FormDataEntryValue | null): number | null {
  const s = String(raw ?? "").trim();
  if (s === "") return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : Number.NaN;
}
