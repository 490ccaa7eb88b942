import { describe, expect, it } from "vitest";
import { bandFor, bandIndex } from "~/components/causal/bands";
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
    // health 85 is risk 15: coloured as healthy, named as very low risk
    expect(bandFor("condition", 85)).toEqual({ index: 4, name: "Very low" });
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
    expect(describeValue(p.L!)).toBe("72 · Managed");
    expect(describeValue(p.C!)).toBe("risk 30 · Low");
    expect(describeValue(projectModel(model, {}).L!)).toBe("not assessed");
    expect(describeValue(projectModel(model, {}).O!)).toBe("no value");
  });

  it("styles an edge by relation and sign", () => {
    expect(edgeStyleOf({ from: "a", to: "b", relation: "predicts", sign: "+" })).toBe("predictsPlus");
    expect(edgeStyleOf({ from: "a", to: "b", relation: "influences", sign: "-" })).toBe("influencesMinus");
    expect(edgeStyleOf({ from: "a", to: "b", relation: "moderates" })).toBe("moderates");
  });
});
