import { describe, expect, it } from "vitest";
import { analyse, projectModel, recommend, roundToSum, sensitivityOf, whatIf, type CausalModel, type InputTerm } from "~/server/domain/causal";

// A small model computed by hand in the comments below.
//   A (lever) predicts S (state); C (condition, risk) moderates S
//   S predicts O1; B (lever) influences O1; C influences O1 with sign "-"
//   B predicts O2
const small: CausalModel = {
  nodes: [
    { id: "A", name: "A", kind: "lever" },
    { id: "B", name: "B", kind: "lever" },
    { id: "C", name: "C", kind: "condition" },
    { id: "S", name: "S", kind: "state" },
    { id: "O1", name: "O1", kind: "outcome" },
    { id: "O2", name: "O2", kind: "outcome" },
  ],
  edges: [
    { from: "A", to: "S", relation: "predicts", sign: "+" },
    { from: "C", to: "S", relation: "moderates" },
    { from: "S", to: "O1", relation: "predicts", sign: "+" },
    { from: "B", to: "O1", relation: "influences", sign: "+" },
    { from: "C", to: "O1", relation: "influences", sign: "-" },
    { from: "B", to: "O2", relation: "predicts", sign: "+" },
  ],
};
const scores = { A: 60, B: 30, C: 40 };

const sumOf = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe("projection", () => {
  it("takes lever scores as they are and turns condition risk into health", () => {
    const p = projectModel(small, scores);
    expect(p.A!.value).toBe(60);
    expect(p.C!.value).toBe(60); // risk 40 → health 60
    expect(p.C!.explanation).toMatchObject({ type: "assessed", raw: 40, health: 60 });
  });

  it("applies the moderation as an interaction: S = 60 − 60 × 0.5 × 0.4 × (1 − 0.6) = 55.2", () => {
    const p = projectModel(small, scores);
    expect(p.S!.value).toBeCloseTo(55.2, 10);
    expect(p.S!.shown).toBe(55);
    const ex = p.S!.explanation;
    if (ex.type !== "projected") throw new Error("expected a projection");
    expect(ex.base).toBe(60);
    expect(ex.terms.map((t) => [t.kind, t.from, t.shown])).toEqual([
      ["input", "A", 60],
      ["interaction", "C", -5],
    ]);
    expect(ex.terms[1]!.contribution).toBeCloseTo(-4.8, 10);
  });

  it("weights predicts twice as much as influences: O1 = (2 × 55.2 + 30 + 60) / 4 = 50.1", () => {
    const p = projectModel(small, scores);
    expect(p.O1!.value).toBeCloseTo(50.1, 10);
    const ex = p.O1!.explanation;
    if (ex.type !== "projected") throw new Error("expected a projection");
    const inputs = ex.terms as InputTerm[];
    expect(inputs.map((t) => [t.from, t.weight, t.share])).toEqual([
      ["S", 2, 0.5],
      ["B", 1, 0.25],
      ["C", 1, 0.25],
    ]);
    expect(inputs.map((t) => t.contribution)).toEqual([27.6, 7.5, 15]);
    expect(inputs.map((t) => t.shown)).toEqual([28, 7, 15]);
  });

  it("makes every explanation's contributions add up to its value, exactly as shown", () => {
    const p = projectModel(small, scores);
    for (const node of Object.values(p)) {
      if (node.explanation.type !== "projected") continue;
      expect(sumOf(node.explanation.terms.map((t) => t.contribution))).toBeCloseTo(node.value!, 10);
      expect(sumOf(node.explanation.terms.map((t) => t.shown))).toBe(node.shown);
    }
  });

  it("says a node has no inputs instead of inventing a number", () => {
    const p = projectModel(small, { B: 30, C: 40 });
    expect(p.A!.explanation).toEqual({ type: "not-assessed", upstream: [] });
    expect(p.S!.value).toBeNull();
    expect(p.S!.explanation).toEqual({ type: "no-inputs", missing: ["A"] });
    // O1 from what is there: (30 + 60) / 2 = 45, with S named as missing
    expect(p.O1!.value).toBe(45);
    expect(p.O1!.explanation).toMatchObject({ type: "projected", missing: ["S"] });
  });

  it("skips the moderation, and says so, when the moderating condition is not assessed", () => {
    const p = projectModel(small, { A: 60, B: 30 });
    expect(p.S!.value).toBe(60);
    expect(p.S!.explanation).toMatchObject({ type: "projected", missing: ["C"] });
  });

  it("enters an input that lowers health in health terms as 100 minus its value", () => {
    const model: CausalModel = {
      nodes: [
        { id: "L", name: "L", kind: "lever" },
        { id: "O", name: "O", kind: "outcome" },
      ],
      edges: [{ from: "L", to: "O", relation: "influences", sign: "-" }],
    };
    expect(projectModel(model, { L: 70 }).O!.value).toBe(30);
  });

  it("keeps scores within 0 to 100 and treats anything else as not assessed", () => {
    const p = projectModel(small, { A: 140, B: Number.NaN, C: -5 });
    expect(p.A!.value).toBe(100);
    expect(p.B!.value).toBeNull();
    expect(p.C!.value).toBe(100);
  });
});

describe("sensitivity and the bottleneck", () => {
  it("measures each outcome's rise per lever point", () => {
    const s = sensitivityOf(small, scores, "B");
    expect(s.O1).toBeCloseTo(0.25, 10);
    expect(s.O2).toBeCloseTo(1, 10);
    // S = 0.8 A + 0.002 A² with risk 40, so S rises 1.042 from A = 60 to 61 and O1 half of that
    expect(sensitivityOf(small, scores, "A").O1).toBeCloseTo(0.521, 10);
  });

  it("ranks levers by how much raising them to their target lifts the outcomes", () => {
    const a = analyse(small, scores);
    // A → 100: S = 100, so O1 rises 44.8 / 2 = 22.4. B → 100: O1 rises 70 / 4 = 17.5 and O2 rises 70.
    expect(a.priorities.map((p) => [p.lever, Number(p.gain!.toFixed(6))])).toEqual([
      ["B", 87.5],
      ["A", 22.4],
    ]);
    expect(a.bottleneck).toBe("B");
  });

  it("weights a lever by its distance from a target the team set", () => {
    // B's target 40: it gains 10 / 4 + 10 = 12.5, less than A's 22.4
    const a = analyse(small, scores, { targets: { B: 40 } });
    expect(a.bottleneck).toBe("A");
    expect(a.priorities.find((p) => p.lever === "B")!.gain).toBeCloseTo(12.5, 10);
  });

  it("names no bottleneck when every lever is at its target, and skips levers that were not assessed", () => {
    expect(analyse(small, { A: 100, B: 100, C: 40 }).bottleneck).toBeNull();
    const a = analyse(small, { B: 30, C: 40 });
    expect(a.priorities.at(-1)).toMatchObject({ lever: "A", gain: null });
  });

  it("recommends the top levers with where to learn and act on them", () => {
    const guidance = { B: { lessons: [{ href: "/learn/x#apply-it-to-your-project", label: "x" }], steps: [{ href: "/learn/plan#step-4", label: "4" }] } };
    const recs = recommend(analyse(small, scores), guidance);
    expect(recs.map((r) => [r.rank, r.lever])).toEqual([
      [1, "B"],
      [2, "A"],
    ]);
    expect(recs[0]!.lessons[0]!.href).toBe("/learn/x#apply-it-to-your-project");
    expect(recs[1]!.lessons).toEqual([]);
  });
});

describe("what-if", () => {
  it("recomputes the whole projection from overrides and reports how each node moved", () => {
    const w = whatIf(small, scores, { B: 80 });
    expect(w.projection.O2!.value).toBe(80);
    expect(w.changes.O2).toBe(50);
    expect(w.changes.O1).toBeCloseTo(12.5, 10);
    expect(w.changes.S).toBe(0);
    expect(w.changes.A).toBe(0);
  });

  it("leaves the assessed scores untouched", () => {
    const assessed = { ...scores };
    whatIf(small, assessed, { A: 10 });
    expect(assessed).toEqual(scores);
  });
});

describe("edge weights", () => {
  it("changes exactly the node an edge points into, and what lies downstream of it", () => {
    const heavier: CausalModel = { ...small, edges: small.edges.map((e) => (e.from === "B" && e.to === "O1" ? { ...e, weight: 3 } : e)) };
    const before = projectModel(small, scores);
    const after = projectModel(heavier, scores);
    const changed = Object.keys(before).filter((id) => before[id]!.value !== after[id]!.value);
    expect(changed).toEqual(["O1"]);
    expect(after.O1!.value).toBeCloseTo((2 * 55.2 + 3 * 30 + 60) / 6, 10);
  });
});

describe("roundToSum", () => {
  it("rounds parts to whole numbers that add up to the total", () => {
    expect(roundToSum([16.67, 16.67, 16.66], 50)).toEqual([17, 17, 16]);
    expect(roundToSum([60, -4.8], 55)).toEqual([60, -5]);
    expect(roundToSum([0.5, 0.5, 0.5, 0.5], 2)).toEqual([1, 1, 0, 0]);
  });
});
