import { describe, expect, it } from "vitest";
import { MATURITY_BANDS, RISK_BANDS, bandFor, bandIndex } from "~/components/causal/bands";
import { loadRubricTemplates } from "~/server/content/rubric";
import { edgeStyleOf } from "~/components/causal/edge-styles";
import { describeValue } from "~/components/causal/format";
import { projectModel, type CausalModel } from "~/server/domain/causal";

describe("score bands", () => {
  it("cuts 0–100 into five bands of twenty points, a boundary starting the higher band", () => {
    expect([0, 19.99, 20, 39.9, 40, 59, 60, 79.5, 80, 100].map(bandIndex)).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it("names levers by maturity, projected nodes by health and conditions by their risk", () => {
    expect(bandFor("lever", 85).name).toBe("Automated and proven");
    expect(bandFor("lever", 10).name).toBe("Ad hoc");
    expect(bandFor("outcome", 49).name).toBe("Fair");
    // health 85 is risk 15: coloured as healthy, named as minimal risk
    expect(bandFor("condition", 85)).toEqual({ index: 4, name: "Minimal risk" });
  });

  it("names scores exactly as the rubric's bands do, so the dashboard and round results agree", () => {
    const rubric = loadRubricTemplates().find((t) => t.kind === "levels")!;
    if (rubric.kind !== "levels") throw new Error("no levels rubric");
    const cuts = (bands: { min: number; max: number }[]) => bands.map((b) => [b.min, b.max]);
    expect(rubric.bands.map((b) => b.name)).toEqual([...MATURITY_BANDS]);
    expect(rubric.riskBands.map((b) => b.name)).toEqual([...RISK_BANDS]);
    const twenties = [0, 1, 2, 3, 4].map((i) => [i * 20, i * 20 + 20]);
    expect(cuts(rubric.bands)).toEqual(twenties);
    expect(cuts(rubric.riskBands)).toEqual(twenties);
  });
});

describe("value text", () => {
  const model: CausalModel = {
    nodes: [
      { id: "L", name: "L", kind: "lever" },
      { id: "C", name: "C", kind: "condition" },
      { id: "O", name: "O", kind: "outcome" },
    ],
    edges: [{ from: "L", to: "O", relation: "predicts", sign: "+" }],
  };

  it("prints the value with its band, a condition as its risk, and says when there is none", () => {
    const p = projectModel(model, { L: 72, C: 30 });
    expect(describeValue(p.L!)).toBe("72 · Automated");
    expect(describeValue(p.C!)).toBe("risk 30 · Low risk");
    expect(describeValue(projectModel(model, {}).L!)).toBe("not assessed");
    expect(describeValue(projectModel(model, {}).O!)).toBe("no value");
  });

  it("styles an edge by relation and sign", () => {
    expect(edgeStyleOf({ from: "a", to: "b", relation: "predicts", sign: "+" })).toBe("predictsPlus");
    expect(edgeStyleOf({ from: "a", to: "b", relation: "influences", sign: "-" })).toBe("influencesMinus");
    expect(edgeStyleOf({ from: "a", to: "b", relation: "moderates" })).toBe("moderates");
  });
});
