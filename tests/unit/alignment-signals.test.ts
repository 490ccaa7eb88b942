import { describe, expect, it } from "vitest";
import {
  addDays,
  assessObjective,
  computeProgress,
  DEFAULT_SETTINGS,
  fitLeadLag,
  judgeWindow,
  misalignmentPeriods,
  projectStatus,
  staleSignal,
  statusTimeline,
  worstStatus,
  type CheckInPoint,
  type MetricDef,
} from "../../server/domain/alignment";

const losses: MetricDef = { id: "biz", name: "Chargeback losses", unit: "k€", baseline: 120, target: 80, direction: "DECREASE" };
const recall: MetricDef = { id: "recall", name: "Recall", unit: "%", baseline: 70, target: 85, direction: "INCREASE" };
const fpr: MetricDef = { id: "fpr", name: "False positive rate", unit: "%", baseline: 4, target: 2, direction: "DECREASE" };
const settings = { window: 4, tolerance: 0.05, staleDays: 21 };

/** Weekly check-ins from 2026-01-05 with the given business and ML values (undefined = missing). */
function series(business: number[], ml: Record<string, (number | undefined)[]> = {}): CheckInPoint[] {
  return business.map((b, i) => ({
    date: addDays("2026-01-05", 7 * i),
    business: b,
    ml: Object.fromEntries(Object.entries(ml).map(([id, vs]) => [id, vs[i]])),
    confidence: null,
    note: "",
  }));
}

describe("progress toward a target", () => {
  const base = { metricName: "Chargeback losses", unit: "k€", baseline: 120, target: 80, startDate: "2026-01-01", today: "2026-07-01" };

  it("measures the way from baseline to target for a decreasing-is-better metric", () => {
    const p = computeProgress({ ...base, current: 100, targetDate: "2026-12-31" });
    expect(p.fraction).toBeCloseTo(0.5);
    expect(p.daysLeft).toBe(183);
    expect(p.signal.status).toBe("ON_TRACK");
    expect(p.signal.sentence).toContain("50% of the way from 120 k€ to 80 k€");
    expect(p.signal.sentence).toContain("183 days left to 31 Dec 2026");
  });

  it("counts a value worse than the baseline as negative progress and falls behind the calendar", () => {
    const p = computeProgress({ ...base, current: 130, targetDate: "2026-08-01" });
    expect(p.fraction).toBeCloseTo(-0.25);
    expect(p.signal.status).toBe("AT_RISK");
  });

  it("flags a target date that passed without reaching the target", () => {
    const p = computeProgress({ ...base, current: 90, targetDate: "2026-06-01" });
    expect(p.daysLeft).toBe(-30);
    expect(p.signal.status).toBe("AT_RISK");
    expect(p.signal.sentence).toContain("passed 30 days ago");
  });

  it("says so when the target equals the baseline or no value exists yet", () => {
    expect(computeProgress({ ...base, target: 120, current: 110, targetDate: null }).fraction).toBeNull();
    expect(computeProgress({ ...base, current: null, targetDate: null }).signal.sentence).toMatch(/No value/);
  });
});

describe("misalignment", () => {
  it("is raised when the ML metric improves while the business metric stays flat", () => {
    const points = series([100, 100, 101, 100], { recall: [70, 74, 78, 82] });
    const v = judgeWindow(points, 3, losses, recall, settings)!;
    expect(v.misaligned).toBe(true);
  });

  it("is not raised when both improve", () => {
    const points = series([110, 104, 98, 92], { recall: [70, 74, 78, 82] });
    expect(judgeWindow(points, 3, losses, recall, settings)!.misaligned).toBe(false);
  });

  it("respects a decreasing-is-better ML metric: a falling false positive rate is an improvement", () => {
    const flat = series([100, 100, 100, 100], { fpr: [4, 3.5, 3, 2.5] });
    expect(judgeWindow(flat, 3, losses, fpr, settings)!.misaligned).toBe(true);
    const rising = series([100, 100, 100, 100], { fpr: [2.5, 3, 3.5, 4] });
    expect(judgeWindow(rising, 3, losses, fpr, settings)!.misaligned).toBe(false);
  });

  it("is raised when the business metric gets worse, and the sentence names both metrics and the period", () => {
    const points = series([100, 104, 108, 112], { recall: [70, 74, 78, 82] });
    const a = assessObjective({ business: { ...losses, targetDate: null, createdDate: "2026-01-01" }, mlMetrics: [recall], points }, settings, "2026-01-28");
    const m = a.metrics[0]!.misalignment!;
    expect(m.status).toBe("MISALIGNED");
    expect(m.sentence).toContain("Recall improved from 70% to 82%");
    expect(m.sentence).toContain("Chargeback losses got worse");
    expect(m.sentence).toContain("5 Jan 2026 to 26 Jan 2026");
  });

  it("treats equal values as no movement on either side", () => {
    const points = series([100, 100, 100, 100], { recall: [75, 75, 75, 75] });
    expect(judgeWindow(points, 3, losses, recall, settings)!.misaligned).toBe(false);
  });

  it("ignores an ML improvement smaller than the tolerance", () => {
    const points = series([100, 100, 100, 100], { recall: [75, 75.1, 75.2, 75.3] }); // 0.3 of a 15-point span = 2%
    expect(judgeWindow(points, 3, losses, recall, settings)!.misaligned).toBe(false);
  });

  it("says nothing with one check-in or too many missing ML values", () => {
    expect(judgeWindow(series([100], { recall: [70] }), 0, losses, recall, settings)).toBeNull();
    expect(judgeWindow(series([100, 100, 100, 100], { recall: [70, undefined, undefined, 80] }), 3, losses, recall, settings)!.misaligned).toBe(true);
    expect(judgeWindow(series([100, 100, 100, 100], { recall: [undefined, undefined, undefined, 80] }), 3, losses, recall, settings)).toBeNull();
  });

  it("finds the misaligned stretch in a longer history and merges overlapping windows", () => {
    const business = [120, 116, 112, 108, 108, 108, 108, 108, 108, 104, 100, 96];
    const rec = [70, 71, 72, 73, 75, 77, 79, 81, 82, 82.5, 83, 83.5];
    const periods = misalignmentPeriods(series(business, { recall: rec }), losses, recall, settings);
    expect(periods).toHaveLength(1);
    expect(periods[0]!.from).toBe(addDays("2026-01-05", 7 * 3));
  });
});

describe("lead and lag", () => {
  // A deterministic wiggly series: its changes are not constant, so correlations are meaningful.
  const wiggle = Array.from({ length: 40 }, (_, i) => 75 + 5 * Math.sin(i * 1.3) + 3 * Math.cos(i * 0.7 + 1) + (i % 3));

  it("finds the lag of a shifted copy, oriented by each metric's direction", () => {
    const shift = 2;
    // Losses fall by what recall gained two check-ins earlier: a perfect, delayed, opposite-signed copy.
    const business = wiggle.map((_, i) => 200 - (wiggle[Math.max(0, i - shift)] ?? 0));
    const fit = fitLeadLag(series(business, { recall: wiggle }), losses, recall);
    expect(fit.best!.lag).toBe(shift);
    expect(fit.best!.r).toBeCloseTo(1, 5);
    expect(fit.sentence).toContain("2 check-ins later");
    expect(fit.sentence).toMatch(/not evidence that one causes the other/);
    expect(fit.sentence.replace(/This is a correlation.*$/, "")).not.toMatch(/caus|drive|because/i);
  });

  it("says plainly when the changes do not line up at any lag", () => {
    // ML changes alternate +1, -1; business changes go +1, +1, -1, -1: uncorrelated at every lag.
    const ml = Array.from({ length: 21 }, (_, i) => 70 + (i % 2));
    const business = Array.from({ length: 21 }, (_, i) => 100 - [0, 1, 2, 1][i % 4]!);
    const fit = fitLeadLag(series(business, { recall: ml }), losses, recall);
    expect(fit.best!.r).toBeLessThan(0.3);
    expect(fit.warning).toMatch(/^Weak: at no lag/);
    expect(fit.sentence).toMatch(/do not line up at any lag from 0 to 4 check-ins/);
  });

  it("warns when there are fewer than eight check-ins with both values", () => {
    const fit = fitLeadLag(series([1, 2, 3, 4, 5, 6, 7, 8], { recall: [1, 2, 3, undefined, 5, 6, 7, 8] }), losses, recall);
    expect(fit.best).toBeNull();
    expect(fit.warning).toMatch(/^Too short: 7 check-ins/);
  });

  it("warns when a series is too flat to compare", () => {
    const fit = fitLeadLag(series(Array(12).fill(100), { recall: wiggle.slice(0, 12) }), losses, recall);
    expect(fit.best).toBeNull();
    expect(fit.warning).toMatch(/^Too flat/);
  });
});

describe("stale, status and timeline", () => {
  it("marks an objective stale after the project's period without a check-in", () => {
    expect(staleSignal("2026-01-01", "2025-12-01", "2026-01-23", 21).status).toBe("STALE");
    expect(staleSignal("2026-01-01", "2025-12-01", "2026-01-22", 21).status).toBe("ON_TRACK");
    expect(staleSignal(null, "2026-01-01", "2026-01-10", 21).kind).toBe("no-data");
    expect(staleSignal(null, "2026-01-01", "2026-03-10", 21).status).toBe("STALE");
  });

  it("gives an objective its weakest signal and a project its weakest objective", () => {
    expect(worstStatus(["ON_TRACK", "MISALIGNED", "AT_RISK"])).toBe("MISALIGNED");
    expect(projectStatus([{ status: "ON_TRACK" }, { status: "STALE" }, { status: "MISALIGNED" }])).toBe("STALE");
    expect(projectStatus([])).toBeNull();
  });

  it("rates one check-in by its confidence and staleness only", () => {
    const points = series([110]);
    points[0]!.confidence = "OFF_TRACK";
    const a = assessObjective({ business: { ...losses, targetDate: null, createdDate: "2026-01-01" }, mlMetrics: [recall], points }, settings, "2026-01-06");
    expect(a.status).toBe("AT_RISK");
    expect(a.metrics[0]!.misalignment).toBeNull();
    expect(a.metrics[0]!.leadLag.warning).toMatch(/Too short/);
  });

  it("records when the status changed over time, including a gap in check-ins", () => {
    const points = series([100, 100, 100, 100, 96, 92, 88], { recall: [70, 74, 78, 82, 82, 82, 82] });
    points.push({ ...points[6]!, date: addDays(points[6]!.date, 40) });
    const timeline = statusTimeline({ business: { ...losses, targetDate: null, createdDate: "2026-01-01" }, mlMetrics: [recall], points }, settings, points[7]!.date);
    expect(timeline.map((t) => t.status)).toEqual(["ON_TRACK", "MISALIGNED", "ON_TRACK", "STALE", "ON_TRACK"]);
    expect(DEFAULT_SETTINGS.window).toBeGreaterThanOrEqual(3);
  });
});
