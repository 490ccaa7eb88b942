// Browser-safe and pure: the section editor uses these rules too.
// What a design section holds, its statuses, and the rules that read it: completeness and drift.
import { isFilled, type SectionFields } from "./fields";
import { STEP_FIELDS, type StepNumber } from "./steps";

export const SECTION_STATUSES = ["NOT_STARTED", "DRAFT", "IN_REVIEW", "DONE"] as const;
export type SectionStatus = (typeof SECTION_STATUSES)[number];

export const SECTION_STATUS_LABELS: Record<SectionStatus, string> = {
  NOT_STARTED: "Not started",
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  DONE: "Done",
};

/** The editable content of a section; every save stores a full copy of it as a revision. */
export interface SectionContent {
  fields: SectionFields;
  notes: string;
  status: SectionStatus;
  ownerId: string | null;
  reviewerId: string | null;
}

export const CONTENT_KEYS = ["notes", "status", "ownerId", "reviewerId"] as const;

export interface Completeness {
  filled: number;
  total: number;
  /** 0–100, rounded down so a section is 100 only when every required field is answered. */
  percent: number;
  missing: string[];
}

export function sectionCompleteness(step: StepNumber, fields: SectionFields): Completeness {
  const required = STEP_FIELDS[step].filter((f) => f.required);
  const missing = required.filter((f) => !isFilled(f, fields[f.key])).map((f) => f.label);
  const filled = required.length - missing.length;
  return { filled, total: required.length, percent: required.length ? Math.floor((filled / required.length) * 100) : 100, missing };
}

/** Keys of the content that differ between two versions: field keys, then notes / status / owner / reviewer. */
export function changedKeys(before: SectionContent, after: SectionContent): string[] {
  const keys = new Set([...Object.keys(before.fields), ...Object.keys(after.fields)]);
  const fields = [...keys].filter((k) => !sameValue(before.fields[k], after.fields[k]));
  return [...fields, ...CONTENT_KEYS.filter((k) => before[k] !== after[k])];
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

export const DEFAULT_REVIEW_PERIOD_DAYS = 90;
/** A review period shorter than a week is noise; longer than two years is no review at all. */
export const REVIEW_PERIOD_RANGE = { min: 7, max: 730 } as const;
const DAY_MS = 24 * 60 * 60 * 1000;

export type ReviewDueReason = "stage_changed" | "period_elapsed";

/**
 * A done section drifts from the system it describes: it is due for review when the project has
 * moved to another stage since it was last reviewed, or when the review period has passed.
 */
export function reviewDue(
  section: { status: SectionStatus; lastReviewedAt: Date | null; stageAtReview: string | null },
  project: { stage: string },
  now: Date,
  periodDays: number = DEFAULT_REVIEW_PERIOD_DAYS,
): ReviewDueReason | null {
  if (section.status !== "DONE") return null;
  if (section.stageAtReview !== null && section.stageAtReview !== project.stage) return "stage_changed";
  if (!section.lastReviewedAt) return "period_elapsed";
  return now.getTime() - section.lastReviewedAt.getTime() > periodDays * DAY_MS ? "period_elapsed" : null;
}

export const REVIEW_DUE_LABELS: Record<ReviewDueReason, string> = {
  stage_changed: "Review due: the project changed stage since the last review",
  period_elapsed: "Review due: last reviewed more than the review period ago",
};
