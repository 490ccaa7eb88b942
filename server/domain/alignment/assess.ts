// An objective's signals and status (its weakest signal), the status over time, and a project's
// status (its weakest objective).
import { addDays, daysBetween, formatDay } from "./dates";
import { fitLeadLag, type LeadLag } from "./lead-lag";
import { describeMisalignment, judgeWindow, misalignmentPeriods, type Period } from "./misalignment";
import { computeProgress, type Progress } from "./progress";
import { CONFIDENCE_LABELS, worstStatus, type AlignmentSettings, type CheckInPoint, type MetricDef, type Signal, type Status } from "./types";

export interface ObjectiveInput {
  business: MetricDef & { targetDate: string | null; createdDate: string };
  mlMetrics: MetricDef[];
  /** Sorted by date, oldest first. */
  points: CheckInPoint[];
}

export interface MetricAssessment {
  mlMetricId: string;
  progress: Progress;
  misalignment: Signal | null;
  periods: Period[];
  leadLag: LeadLag;
}

export interface ObjectiveAssessment {
  status: Status;
  signals: Signal[];
  progress: Progress;
  metrics: MetricAssessment[];
  timeline: { date: string; status: Status }[];
}

export function staleSignal(lastDate: string | null, createdDate: string, today: string, staleDays: number): Signal {
  if (!lastDate) {
    const age = daysBetween(createdDate, today);
    return age > staleDays
      ? { kind: "stale", status: "STALE", sentence: `No check-in since the objective was set up on ${formatDay(createdDate)}, ${age} days ago; this project expects one at least every ${staleDays} days.` }
      : { kind: "no-data", status: "ON_TRACK", sentence: `No check-ins yet; the first one is due by ${formatDay(addDays(createdDate, staleDays))}.` };
  }
  const gap = daysBetween(lastDate, today);
  return gap > staleDays
    ? { kind: "stale", status: "STALE", sentence: `No check-in for ${gap} days (the last was on ${formatDay(lastDate)}); this project expects one at least every ${staleDays} days.` }
    : { kind: "stale", status: "ON_TRACK", sentence: `Last check-in ${gap === 0 ? "today" : `${gap} day${gap === 1 ? "" : "s"} ago`}, within the ${staleDays}-day rhythm.` };
}

function confidenceSignal(latest: CheckInPoint | undefined): Signal | null {
  if (!latest?.confidence) return null;
  const said = CONFIDENCE_LABELS[latest.confidence].toLowerCase();
  return {
    kind: "confidence",
    status: latest.confidence === "ON_TRACK" ? "ON_TRACK" : "AT_RISK",
    sentence: `In the latest check-in (${formatDay(latest.date)}) the owner judged the objective ${said}.`,
  };
}

function latestValue(points: readonly CheckInPoint[], id: string): { value: number; date: string } | null {
  for (let i = points.length - 1; i >= 0; i--) {
    const v = points[i]!.ml[id];
    if (v !== undefined && Number.isFinite(v)) return { value: v, date: points[i]!.date };
  }
  return null;
}

export function assessObjective(o: ObjectiveInput, settings: AlignmentSettings, today: string, opts: { timeline?: boolean; leadLag?: boolean } = {}): ObjectiveAssessment {
  const { business, mlMetrics, points } = o;
  const first = points[0];
  const last = points[points.length - 1];
  const progress = computeProgress({
    metricName: business.name,
    unit: business.unit,
    baseline: business.baseline,
    target: business.target,
    current: last ? last.business : null,
    startDate: first?.date ?? business.createdDate,
    targetDate: business.targetDate,
    today,
  });
  const metrics = mlMetrics.map((ml): MetricAssessment => {
    const latest = latestValue(points, ml.id);
    const verdict = judgeWindow(points, points.length - 1, business, ml, settings);
    return {
      mlMetricId: ml.id,
      progress: computeProgress({
        metricName: ml.name,
        unit: ml.unit,
        baseline: ml.baseline,
        target: ml.target,
        current: latest?.value ?? null,
        startDate: first?.date ?? null,
        targetDate: null,
        today,
      }),
      misalignment: verdict
        ? { kind: "misalignment", status: verdict.misaligned ? "MISALIGNED" : "ON_TRACK", sentence: describeMisalignment(verdict, business, ml, settings.window) }
        : null,
      periods: opts.timeline === false ? [] : misalignmentPeriods(points, business, ml, settings),
      leadLag: opts.leadLag === false ? { lags: [], best: null, warning: null, sentence: "" } : fitLeadLag(points, business, ml),
    };
  });
  const signals: Signal[] = [staleSignal(last?.date ?? null, business.createdDate, today, settings.staleDays), progress.signal];
  const confidence = confidenceSignal(last);
  if (confidence) signals.push(confidence);
  for (const m of metrics) if (m.misalignment) signals.push(m.misalignment);
  return {
    status: worstStatus(signals.map((s) => s.status)),
    signals,
    progress,
    metrics,
    timeline: opts.timeline === false ? [] : statusTimeline(o, settings, today),
  };
}

/**
 * The objective's status as it stood at each check-in (misalignment of the window ending there,
 * the owner's confidence), plus a stale entry wherever a gap outran the project's rhythm. Consecutive
 * equal statuses are merged, so the list holds only changes.
 */
export function statusTimeline(o: ObjectiveInput, settings: AlignmentSettings, today: string): { date: string; status: Status }[] {
  const out: { date: string; status: Status }[] = [];
  const push = (date: string, status: Status) => {
    if (out[out.length - 1]?.status !== status) out.push({ date, status });
  };
  o.points.forEach((p, i) => {
    const prev = o.points[i - 1];
    if (prev && daysBetween(prev.date, p.date) > settings.staleDays) push(addDays(prev.date, settings.staleDays + 1), "STALE");
    const statuses: Status[] = [p.confidence && p.confidence !== "ON_TRACK" ? "AT_RISK" : "ON_TRACK"];
    for (const ml of o.mlMetrics) {
      if (judgeWindow(o.points, i, o.business, ml, settings)?.misaligned) statuses.push("MISALIGNED");
    }
    push(p.date, worstStatus(statuses));
  });
  const last = o.points[o.points.length - 1];
  if (last && daysBetween(last.date, today) > settings.staleDays) push(addDays(last.date, settings.staleDays + 1), "STALE");
  return out;
}

/** A project's status is its weakest objective's; null when it has no objectives. */
export function projectStatus(objectives: readonly { status: Status }[]): Status | null {
  return objectives.length === 0 ? null : worstStatus(objectives.map((o) => o.status));
}
