// Lead and lag: how closely check-in-to-check-in changes of an ML metric line up with changes of
// the business metric read 0, 1, 2 … check-ins later. Changes, not levels: two metrics that both
// drift over a year correlate at every lag, which says nothing. Oriented so that a positive value
// means "when the ML metric improved, the business metric improved". A correlation, never a cause.
import { improvement, type CheckInPoint, type Direction, type MetricDef } from "./types";

export const MIN_CHECK_INS_FOR_LAG = 8;
/** Fewest pairs of changes a lag needs before its correlation is reported. */
const MIN_PAIRS = 5;
const WEAK = 0.3;

export interface LagFit {
  lag: number;
  /** Oriented Pearson correlation of changes, or null when too few pairs or a flat series. */
  r: number | null;
  pairs: number;
}

export interface LeadLag {
  lags: LagFit[];
  best: LagFit | null;
  warning: string | null;
  sentence: string;
}

export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  const n = xs.length;
  if (n < 2) return null;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i]!;
    my += ys[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  // Relative to the values' size, so rounding noise on a constant series does not count as movement.
  const eps = 1e-12 * Math.max(1, mx * mx * n, my * my * n);
  if (sxx <= eps || syy <= eps) return null;
  return sxy / Math.sqrt(sxx * syy);
}

function changes(values: readonly (number | undefined)[], direction: Direction): (number | undefined)[] {
  const out: (number | undefined)[] = [];
  for (let i = 1; i < values.length; i++) {
    const a = values[i - 1];
    const b = values[i];
    out.push(a === undefined || b === undefined ? undefined : improvement(b - a, direction));
  }
  return out;
}

export function fitLeadLag(points: readonly CheckInPoint[], business: MetricDef, ml: MetricDef, maxLag = 4): LeadLag {
  const mlValues = points.map((p) => {
    const v = p.ml[ml.id];
    return v !== undefined && Number.isFinite(v) ? v : undefined;
  });
  const withBoth = mlValues.filter((v) => v !== undefined).length;
  const caveat = "This is a correlation over past check-ins, not evidence that one causes the other.";
  if (withBoth < MIN_CHECK_INS_FOR_LAG) {
    return {
      lags: [],
      best: null,
      warning: `Too short: ${withBoth} check-in${withBoth === 1 ? "" : "s"} with both ${ml.name} and ${business.name}; at least ${MIN_CHECK_INS_FOR_LAG} are needed to say how they move together.`,
      sentence: `Not enough check-ins yet to compare how ${ml.name} and ${business.name} move together.`,
    };
  }
  const dm = changes(mlValues, ml.direction);
  const db = changes(
    points.map((p) => p.business),
    business.direction,
  );
  const lags: LagFit[] = [];
  const top = Math.max(0, Math.min(maxLag, Math.floor(dm.length / 3)));
  for (let lag = 0; lag <= top; lag++) {
    const xs: number[] = [];
    const ys: number[] = [];
    for (let t = 0; t + lag < db.length; t++) {
      const x = dm[t];
      const y = db[t + lag];
      if (x !== undefined && y !== undefined) {
        xs.push(x);
        ys.push(y);
      }
    }
    lags.push({ lag, r: xs.length >= MIN_PAIRS ? pearson(xs, ys) : null, pairs: xs.length });
  }
  const fitted = lags.filter((l): l is LagFit & { r: number } => l.r !== null);
  if (fitted.length === 0) {
    return {
      lags,
      best: null,
      warning: `Too flat: ${ml.name} or ${business.name} barely changed between check-ins, so there is no movement to compare.`,
      sentence: `${ml.name} and ${business.name} changed too little to say whether they move together. ${caveat}`,
    };
  }
  const best = fitted.reduce((a, b) => (b.r > a.r ? b : a));
  const when = best.lag === 0 ? "in the same check-in" : `when ${business.name} is read ${best.lag} check-in${best.lag === 1 ? "" : "s"} later`;
  const r = best.r.toFixed(2);
  if (best.r < WEAK) {
    return {
      lags,
      best,
      warning: `Weak: at no lag from 0 to ${top} check-ins do improvements in ${ml.name} line up with improvements in ${business.name} (best r = ${r}).`,
      sentence: `Changes in ${ml.name} and ${business.name} do not line up at any lag from 0 to ${top} check-ins (best r = ${r} over ${best.pairs} pairs of changes). ${caveat}`,
    };
  }
  const strength = best.r >= 0.7 ? "closely" : "somewhat";
  const warning = null;
  return {
    lags,
    best,
    warning,
    sentence: `Changes in ${ml.name} and ${business.name} line up ${strength} ${when} (r = ${r} over ${best.pairs} pairs of changes). ${caveat}`,
  };
}
