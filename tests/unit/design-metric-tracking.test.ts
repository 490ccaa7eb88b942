// Matching the metrics design step 1 names with what alignment tracks, and reading a step-1 row.
import { describe, expect, it } from "vitest";
import { mappingHypothesis, metricKey, namedMetrics, objectiveFromRow, parseMetricNumber, trackingStatus } from "../../server/domain/design/metric-tracking";

const fields = {
  businessMetrics: [
    { name: "Chargeback losses", baseline: "€240k a month", target: "€160k a month", deadline: "Q3" },
    { name: "  chargeback   LOSSES ", baseline: "1", target: "2", deadline: "" },
    { name: "", baseline: "", target: "", deadline: "" },
    { name: "False decline rate", baseline: "1.2%", target: "at most 1.2%", deadline: "" },
  ],
  mlMetrics: [
    { name: "Recall at review threshold", proxies: "Chargeback losses", threshold: "", evidence: "" },
    { name: "Precision of declines", proxies: "False decline rate", threshold: "", evidence: "" },
  ],
};

describe("metrics named in design step 1", () => {
  it("lists each named metric once, ignoring case and spacing, and skips blank rows", () => {
    const { business, ml } = namedMetrics(fields);
    expect(business.map((b) => b.name)).toEqual(["Chargeback losses", "False decline rate"]);
    expect(ml.map((m) => m.proxies)).toEqual(["Chargeback losses", "False decline rate"]);
    expect(metricKey("  A  b ")).toBe("a b");
    expect(namedMetrics({ businessMetrics: "not a table" })).toEqual({ business: [], ml: [] });
  });

  it("marks what is tracked, by name, and whether an ML metric is mapped to the objective it proxies", () => {
    const status = trackingStatus(fields, {
      objectives: [{ id: "o1", metricName: "chargeback losses" }],
      mlMetrics: [{ id: "m1", name: "Recall at Review Threshold" }],
      mappings: [{ objectiveId: "o1", mlMetricId: "m1" }],
    });
    expect(status.business.map((b) => b.objectiveId)).toEqual(["o1", null]);
    expect(status.ml).toMatchObject([
      { mlMetricId: "m1", proxiedObjectiveId: "o1", mapped: true },
      { mlMetricId: null, proxiedObjectiveId: null, mapped: false },
    ]);
  });

  it("reads numbers with currency, thousands, percent and k/M suffixes", () => {
    expect(parseMetricNumber("€410k")).toBe(410_000);
    expect(parseMetricNumber("12,500 a month")).toBe(12_500);
    expect(parseMetricNumber("1.2%")).toBe(1.2);
    expect(parseMetricNumber("2.5M users")).toBe(2_500_000);
    expect(parseMetricNumber("-3")).toBe(-3);
    expect(parseMetricNumber("10 minutes")).toBe(10);
    expect(parseMetricNumber("lower than today")).toBeNull();
  });

  it("turns a row into an objective's baseline, target, direction and unit, or says what is missing", () => {
    expect(objectiveFromRow({ name: "Losses", baseline: "€240k", target: "€160k" })).toEqual({ baseline: 240_000, target: 160_000, direction: "DECREASE", unit: "€" });
    expect(objectiveFromRow({ name: "Retention", baseline: "80%", target: "85%" })).toEqual({ baseline: 80, target: 85, direction: "INCREASE", unit: "%" });
    expect(objectiveFromRow({ name: "Declines", baseline: "1.2%", target: "at most 1.2%" })).toMatchObject({ direction: "DECREASE" });
    expect(objectiveFromRow({ name: "Happiness", baseline: "", target: "more" })).toEqual({ problem: expect.stringContaining('"Happiness" needs a number in both its baseline and its target') });
  });

  it("uses step 1's hypothesis for the mapping when it fits in a sentence, otherwise names both metrics", () => {
    expect(mappingHypothesis("More recall, fewer losses.", "Recall", "Losses")).toBe("More recall, fewer losses.");
    expect(mappingHypothesis("", "Recall", "Losses")).toBe("Recall stands in for Losses (as design step 1 states).");
    expect(mappingHypothesis("x".repeat(400), "Recall", "Losses")).toMatch(/^Recall stands in for Losses/);
  });
});
