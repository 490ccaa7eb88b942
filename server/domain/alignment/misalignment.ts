// Misalignment: over the last N check-ins the ML metric improved while the business metric it
// stands for stayed flat or got worse. Change over a window is the least-squares slope times the
// window's length (robust to one noisy check-in), measured as a share of each metric's
// baseline-to-target distance so metrics on different scales compare.
import { formatDay } from "./dates";
import { formatValue } from "./format";
import { improvement, metricScale, type AlignmentSettings, type CheckInPoint, type MetricDef } from "./types";

export interface WindowVerdict {
  misaligned: boolean;
  /** Improvement over the window as a share of the metric's distance (positive = better). */
  mlImprovement: number;
  businessImprovement: number;
  from: string;
  to: string;
  mlFirst: number;
  mlLast: number;
  businessFirst: number;
  businessLast: number;
}

/** Least-squares change from the first to the last index of the series (x = position). */
export function fittedChange(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  if (n < 2) return 0;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < n; i++) {
    sx += xs[i]!;
    sy += ys[i]!;
  }
  const mx = sx / n;
  const my = sy / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  if (den === 0) return 0;
  return (num / den) * (xs[n - 1]! - xs[0]!);
}

/**
 * Judges the window points[end - window + 1 .. end]. Null when the window is not full or the ML
 * metric has fewer than half its values (at least two) in it.
 */
export function judgeWindow(
  points: readonly CheckInPoint[],
  end: number,
  business: MetricDef,
  ml: MetricDef,
  settings: Pick<AlignmentSettings, "window" | "tolerance">,
): WindowVerdict | null {
  const start = end - settings.window + 1;
  if (start < 0 || end >= points.length) return null;
  const bx: number[] = [];
  const by: number[] = [];
  const mx: number[] = [];
  const my: number[] = [];
  for (let i = start; i <= end; i++) {
    const p = points[i]!;
    bx.push(i);
    by.push(p.business);
    const v = p.ml[ml.id];
    if (v !== undefined && Number.isFinite(v)) {
      mx.push(i);
      my.push(v);
    }
  }
  if (my.length < Math.max(2, Math.ceil(settings.window / 2))) return null;
  const mlImprovement = improvement(fittedChange(mx, my), ml.direction) / metricScale(ml);
  const businessImprovement = improvement(fittedChange(bx, by), business.direction) / metricScale(business);
  return {
    misaligned: mlImprovement > settings.tolerance && businessImprovement <= settings.tolerance,
    mlImprovement,
    businessImprovement,
    from: points[start]!.date,
    to: points[end]!.date,
    mlFirst: my[0]!,
    mlLast: my[my.length - 1]!,
    businessFirst: by[0]!,
    businessLast: by[by.length - 1]!,
  };
}

export function describeMisalignment(v: WindowVerdict, business: MetricDef, ml: MetricDef, window: number): string {
  const period = `the last ${window} check-ins (${formatDay(v.from)} to ${formatDay(v.to)})`;
  const mlMove = `${ml.name} improved from ${formatValue(v.mlFirst, ml.unit)} to ${formatValue(v.mlLast, ml.unit)}`;
  const bizRange = `${formatValue(v.businessFirst, business.unit)} to ${formatValue(v.businessLast, business.unit)}`;
  const bizMove = v.businessImprovement < 0 ? `${business.name} got worse (${bizRange})` : `${business.name} stayed about flat (${bizRange})`;
  if (v.misaligned) return `Over ${period}, ${mlMove}, but ${bizMove}: the ML metric is moving without the business result it stands for.`;
  if (v.mlImprovement > 0 && v.businessImprovement > 0) {
    return `Over ${period}, ${ml.name} and ${business.name} both improved.`;
  }
  return `Over ${period}, ${ml.name} did not improve beyond the tolerance, so there is no sign of the two parting.`;
}

export interface Period {
  from: string;
  to: string;
}

/** Every stretch of check-ins whose window ended misaligned, merged where windows overlap. */
export function misalignmentPeriods(
  points: readonly CheckInPoint[],
  business: MetricDef,
  ml: MetricDef,
  settings: Pick<AlignmentSettings, "window" | "tolerance">,
): Period[] {
  const periods: { fromIndex: number; toIndex: number }[] = [];
  for (let end = settings.window - 1; end < points.length; end++) {
    const v = judgeWindow(points, end, business, ml, settings);
    if (!v?.misaligned) continue;
    const fromIndex = end - settings.window + 1;
    const last = periods[periods.length - 1];
    if (last && fromIndex <= last.toIndex) last.toIndex = end;
    else periods.push({ fromIndex, toIndex: end });
  }
  return periods.map((p) => ({ from: points[p.fromIndex]!.date, to: points[p.toIndex]!.date }));
}
