// Step 1 of the design document names business metrics and the ML metrics that proxy them; the
// project's alignment tracking measures them over time. These pure rules match the two by name,
// say which named metric is not tracked yet, and turn a step-1 row into what tracking needs.
// Browser-safe: the step page uses them too.
import type { Row, SectionFields } from "./fields";

export type Direction = "INCREASE" | "DECREASE";

export interface NamedBusinessMetric {
  name: string;
  baseline: string;
  target: string;
}

export interface NamedMlMetric {
  name: string;
  proxies: string;
}

export interface TrackedSet {
  objectives: { id: string; metricName: string }[];
  mlMetrics: { id: string; name: string }[];
  mappings: { objectiveId: string; mlMetricId: string }[];
}

/** Names compare without case, surrounding space or repeated spaces. */
export function metricKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

const text = (row: Row, key: string) => (typeof row[key] === "string" ? (row[key] as string) : typeof row[key] === "number" ? String(row[key]) : "").trim();
const rows = (fields: SectionFields, key: string): Row[] => (Array.isArray(fields[key]) ? (fields[key] as Row[]) : []);

/** The metrics step 1 names, once each (the first row wins), blank names skipped. */
export function namedMetrics(fields: SectionFields): { business: NamedBusinessMetric[]; ml: NamedMlMetric[] } {
  const unique = <T extends { name: string }>(list: T[]) => list.filter((m, i) => m.name && list.findIndex((o) => metricKey(o.name) === metricKey(m.name)) === i);
  return {
    business: unique(rows(fields, "businessMetrics").map((r) => ({ name: text(r, "name"), baseline: text(r, "baseline"), target: text(r, "target") }))),
    ml: unique(rows(fields, "mlMetrics").map((r) => ({ name: text(r, "name"), proxies: text(r, "proxies") }))),
  };
}

/** Each named metric with the tracked record it matches, if any. */
export function trackingStatus(fields: SectionFields, tracked: TrackedSet) {
  const { business, ml } = namedMetrics(fields);
  const objectiveFor = (name: string) => tracked.objectives.find((o) => metricKey(o.metricName) === metricKey(name));
  return {
    business: business.map((m) => ({ ...m, objectiveId: objectiveFor(m.name)?.id ?? null })),
    ml: ml.map((m) => {
      const metric = tracked.mlMetrics.find((t) => metricKey(t.name) === metricKey(m.name));
      const objective = m.proxies ? objectiveFor(m.proxies) : undefined;
      const mapped = Boolean(metric && objective && tracked.mappings.some((p) => p.mlMetricId === metric.id && p.objectiveId === objective.id));
      return { ...m, mlMetricId: metric?.id ?? null, proxiedObjectiveId: objective?.id ?? null, mapped };
    }),
  };
}

const SCALE: Record<string, number> = { k: 1e3, m: 1e6, bn: 1e9, b: 1e9 };

/** The first number in a cell such as "€410k", "1.2%", "12,500 a month" or "-3"; null when there is none. */
export function parseMetricNumber(cell: string): number | null {
  const m = /(-?\d[\d,]*(?:\.\d+)?)\s*(bn|k|m|b)?(?![a-z])/i.exec(cell.replace(/(\d),(?=\d{3}\b)/g, "$1"));
  if (!m) return null;
  const n = Number(m[1]!.replace(/,/g, "")) * (m[2] ? SCALE[m[2].toLowerCase()]! : 1);
  return Number.isFinite(n) ? n : null;
}

/** A short unit read from the cells: a currency sign or a percent sign. */
export function guessUnit(...cells: string[]): string {
  const joined = cells.join(" ");
  if (joined.includes("%")) return "%";
  return /[€$£¥]/.exec(joined)?.[0] ?? "";
}

const LOWER_IS_BETTER = /\b(at most|below|under|less|lower|reduce|cut|fewer|decrease)\b/i;

/**
 * What tracking a business metric needs, read from its step-1 row: numeric baseline and target and
 * the direction between them. A row without both numbers is refused with a sentence saying so.
 */
export function objectiveFromRow(row: NamedBusinessMetric): { baseline: number; target: number; direction: Direction; unit: string } | { problem: string } {
  const baseline = parseMetricNumber(row.baseline);
  const target = parseMetricNumber(row.target);
  if (baseline === null || target === null) {
    return { problem: `"${row.name}" needs a number in both its baseline and its target in step 1 (for example 240 and 160) before it can be tracked.` };
  }
  const direction: Direction = target < baseline || (target === baseline && LOWER_IS_BETTER.test(row.target)) ? "DECREASE" : "INCREASE";
  return { baseline, target, direction, unit: guessUnit(row.baseline, row.target) };
}

/** The mapping's one-sentence hypothesis: step 1's own when it fits, otherwise one naming both metrics. */
export function mappingHypothesis(hypothesis: string, mlName: string, businessName: string): string {
  const own = hypothesis.trim().replace(/\s+/g, " ");
  if (own.length >= 10 && own.length <= 300) return own;
  return `${mlName} stands in for ${businessName} (as design step 1 states).`.slice(0, 300);
}
