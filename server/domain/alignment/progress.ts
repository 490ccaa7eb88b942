// Progress toward a target, from the baseline, against the calendar.
import { daysBetween, formatDay } from "./dates";
import { formatPercent, formatValue } from "./format";
import type { Signal } from "./types";

export interface ProgressInput {
  metricName: string;
  unit: string;
  baseline: number;
  target: number;
  /** Latest value, or null before the first check-in. */
  current: number | null;
  /** ISO dates. */
  startDate: string | null;
  targetDate: string | null;
  today: string;
}

export interface Progress {
  /** 0 at the baseline, 1 at the target; negative when worse than the baseline. Null without a value or a distance. */
  fraction: number | null;
  daysLeft: number | null;
  signal: Signal;
}

/** How far behind the calendar (as a share of the way) counts as at risk. */
const BEHIND_MARGIN = 0.25;

export function computeProgress(p: ProgressInput): Progress {
  const daysLeft = p.targetDate ? daysBetween(p.today, p.targetDate) : null;
  if (p.current === null) {
    return { fraction: null, daysLeft, signal: { kind: "progress", status: "ON_TRACK", sentence: `No value of ${p.metricName} has been checked in yet.` } };
  }
  const span = p.target - p.baseline;
  const now = formatValue(p.current, p.unit);
  if (span === 0) {
    return {
      fraction: null,
      daysLeft,
      signal: { kind: "progress", status: "ON_TRACK", sentence: `${p.metricName} is ${now}; its target equals its baseline, so there is no distance to measure progress on.` },
    };
  }
  const fraction = (p.current - p.baseline) / span;
  const way = `${p.metricName} is ${formatPercent(fraction)} of the way from ${formatValue(p.baseline, p.unit)} to ${formatValue(p.target, p.unit)} (now ${now})`;
  if (fraction >= 1) return { fraction, daysLeft, signal: { kind: "progress", status: "ON_TRACK", sentence: `${way}: the target is reached.` } };
  if (daysLeft === null || !p.targetDate) {
    return { fraction, daysLeft, signal: { kind: "progress", status: "ON_TRACK", sentence: `${way}; no target date is set.` } };
  }
  if (daysLeft < 0) {
    return {
      fraction,
      daysLeft,
      signal: { kind: "progress", status: "AT_RISK", sentence: `${way}, and the target date ${formatDay(p.targetDate)} passed ${-daysLeft} days ago.` },
    };
  }
  const left = `${daysLeft} ${daysLeft === 1 ? "day" : "days"} left to ${formatDay(p.targetDate)}`;
  const total = p.startDate ? daysBetween(p.startDate, p.targetDate) : 0;
  const expected = total > 0 ? Math.min(1, Math.max(0, (total - daysLeft) / total)) : 0;
  if (fraction < expected - BEHIND_MARGIN) {
    return {
      fraction,
      daysLeft,
      signal: {
        kind: "progress",
        status: "AT_RISK",
        sentence: `${way}, with ${left}; at an even pace it would be about ${formatPercent(expected)} of the way by now.`,
      },
    };
  }
  return { fraction, daysLeft, signal: { kind: "progress", status: "ON_TRACK", sentence: `${way}, with ${left}.` } };
}
