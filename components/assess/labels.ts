// Browser-safe wording for the assess pages: statuses, directions and how figures are written.

export const PARTICIPANT_STATUS_LABELS: Record<string, string> = {
  INVITED: "Not started",
  DRAFT: "Draft saved",
  SUBMITTED: "Submitted",
};

export const DIRECTION_NOTE: Record<string, string> = {
  higher_is_better: "Higher is better",
  higher_is_worse: "Risk: higher is worse",
};

export const DISCIPLINE_NAMES: Record<string, string> = {
  MANAGER: "Managers",
  DATA_SCIENTIST: "Data scientists",
  ML_ENGINEER: "ML engineers",
  DATA_ENGINEER: "Data engineers",
  OTHER: "Other",
};

export function formatScore(score: number | null | undefined): string {
  return score == null ? "–" : score.toFixed(score % 1 === 0 ? 0 : 1);
}

export function formatLevel(level: number | null | undefined): string {
  return level == null ? "–" : String(Math.round(level * 100) / 100);
}

export function formatDate(d: Date | string | null | undefined): string {
  if (!d) return "–";
  return new Date(d).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" });
}

/** Bar colour for a 0-100 score; a condition's colours are reversed because higher is worse. */
export function scoreColour(score: number | null, direction: string): string {
  if (score === null) return "bg-slate-300";
  const good = direction === "higher_is_worse" ? 100 - score : score;
  if (good >= 60) return "bg-emerald-600";
  if (good >= 40) return "bg-amber-500";
  return "bg-red-600";
}
