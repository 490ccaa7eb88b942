import { describe, expect, it } from "vitest";
import layout from "~/content/model/layout.json";
import { loadCausalModel, parseEdges } from "~/server/content/causal-model";
import { ContentError } from "~/server/content/load";
import { LEVER_IDS } from "~/server/content/ids";
import { analyse, healthSign, projectModel, type CausalModel } from "~/server/domain/causal";
import { applyItSection } from "~/server/domain/causal/guidance";
import { layoutSignature } from "~/server/domain/causal/layout";

const model = loadCausalModel();
const edge = (from: string, relation: string, to: string, sign?: string) => ({ from, relation, to, ...(sign ? { sign } : {}), reason: "a reason long enough to pass the schema" });

function problemsOf(raw: unknown): string[] {
  try {
    parseEdges(raw, model.nodes);
    return [];
  } catch (e) {
    if (e instanceof ContentError) return e.problems;
    throw e;
  }
}

describe("content/model/edges.json", () => {
  it("holds the book's 24 edges, one of them the shift moderating freshness", () => {
    expect(model.edges).toHaveLength(24);
    expect(model.edges.filter((e) => e.relation === "moderates")).toEqual([expect.objectContaining({ from: "data_distribution_shift", to: "model_freshness" })]);
  });

  it("reads every signed edge as more health upstream giving more health downstream", () => {
    const kindOf = (id: string) => model.nodes.find((n) => n.id === id)!.kind;
    for (const e of model.edges.filter((e) => e.relation !== "moderates")) expect(healthSign(e, kindOf), `${e.from} → ${e.to}`).toBe(1);
  });

  it("refuses an unknown node", () => {
    expect(problemsOf([edge("training_data_quality", "predicts", "model_happiness", "+")]).join()).toMatch(/to: is not a node of the causal model/);
  });

  it("refuses a duplicate edge", () => {
    const twice = [...model.edges, edge("training_data_quality", "influences", "model_accuracy_offline", "+")];
    expect(problemsOf(twice).join()).toMatch(/duplicate edge; training_data_quality already points to model_accuracy_offline/);
  });

  it("refuses an edge into a lever from an outcome, and other kinds that cannot be reached", () => {
    expect(problemsOf([...model.edges, edge("business_value_realized", "influences", "training_data_quality", "+")]).join()).toMatch(/an edge from a outcome cannot point into a lever/);
    expect(problemsOf([...model.edges, edge("degenerate_feedback_loop", "influences", "responsible_ai_practices", "-")]).join()).toMatch(/from a condition cannot point into a lever/);
  });

  it("refuses a moderation from a lever, a moderation with a sign, and an edge without one", () => {
    const problems = problemsOf([...model.edges, edge("mlops_infrastructure_quality", "moderates", "model_accuracy_offline", "+"), edge("training_data_quality", "influences", "fairness_and_harm_mitigation")]).join("\n");
    expect(problems).toMatch(/only a contextual condition can moderate/);
    expect(problems).toMatch(/a moderation has no sign/);
    expect(problems).toMatch(/needs a sign/);
  });

  it("refuses a cycle", () => {
    expect(problemsOf([...model.edges, edge("business_value_realized", "influences", "production_model_performance", "+")]).join()).toMatch(/cycle/);
  });

  it("refuses unknown fields and a missing reason", () => {
    expect(problemsOf([{ ...edge("training_data_quality", "predicts", "model_accuracy_offline", "+"), weight: 3 }]).join()).toMatch(/Unrecognized key/);
    expect(problemsOf([{ from: "training_data_quality", relation: "predicts", to: "model_accuracy_offline", sign: "+" }]).join()).toMatch(/reason/);
  });
});

describe("the book's model in the engine", () => {
  const midpoint = Object.fromEntries(model.nodes.filter((n) => n.kind === "lever" || n.kind === "condition").map((n) => [n.id, 50]));

  it("projects every state and outcome from midpoint scores", () => {
    const p = projectModel(model, midpoint);
    for (const n of model.nodes) expect(p[n.id]!.value, n.id).not.toBeNull();
    // freshness: 50 − 50 × 0.5 × 0.5 × 0.5 = 43.75
    expect(p.model_freshness!.value).toBeCloseTo(43.75, 10);
  });

  it("changes exactly the downstream nodes when one edge weight changes", () => {
    const scores = Object.fromEntries(Object.keys(midpoint).map((id, i) => [id, 20 + ((i * 37) % 70)]));
    const heavier: CausalModel = { ...model, edges: model.edges.map((e) => (e.from === "training_data_quality" && e.to === "model_accuracy_offline" ? { ...e, weight: 5 } : e)) };
    const before = projectModel(model, scores);
    const after = projectModel(heavier, scores);
    const changed = Object.keys(before).filter((id) => Math.abs(before[id]!.value! - after[id]!.value!) > 1e-12).sort();
    expect(changed).toEqual(["business_value_realized", "model_accuracy_offline", "production_model_performance"]);
  });

  it("finds the lever with the most to give as the bottleneck", () => {
    // Training data at 10 would lift offline accuracy by 30, production performance by 6.7 and
    // business value by 3.3 on reaching 100: 40 in all, more than any other lever here.
    const a = analyse(model, { ...midpoint, responsible_ai_practices: 90, training_data_quality: 10 });
    expect(a.bottleneck).toBe("training_data_quality");
    expect(a.priorities[0]!.gain).toBeCloseTo(40, 10);
  });

  it("takes a lever's assessed score as measured: edges into it do not change it", () => {
    const p = projectModel(model, { ...midpoint, mlops_infrastructure_quality: 0 });
    expect(p.continual_learning_infrastructure!.value).toBe(50);
    expect(p.continual_learning_infrastructure!.explanation).toMatchObject({ type: "assessed", upstream: ["mlops_infrastructure_quality", "monitoring_observability_maturity"] });
  });

  it("knows, for every lever, a chapter that teaches it in its Apply it section and a plan step that improves it", () => {
    for (const lever of LEVER_IDS) {
      expect(model.guidance[lever]!.lessons.length, lever).toBeGreaterThan(0);
      expect(model.guidance[lever]!.steps.length, lever).toBeGreaterThan(0);
    }
    expect(model.guidance.training_data_quality!.lessons.map((l) => l.href)).toContain("/learn/training-data#apply-it-to-your-project");
  });

  it("reads only the Apply it section of a chapter", () => {
    const body = "## Pitfalls\n<Lever id=\"a\">a</Lever>\n## Apply it to your project\n<Lever id=\"b\">b</Lever>\n## Quiz\n<Lever id=\"c\">c</Lever>";
    expect(applyItSection(body)).toContain('id="b"');
    expect(applyItSection(body)).not.toMatch(/id="[ac]"/);
  });
});

describe("content/model/layout.json", () => {
  it("was computed for the current nodes and edges (run npm run build:content after changing them)", () => {
    expect(layout.signature).toBe(layoutSignature(model));
  });

  it("places levers and conditions left of states, and states left of outcomes", () => {
    const xs = (kinds: string[]) => model.nodes.filter((n) => kinds.includes(n.kind)).map((n) => (layout.positions as Record<string, { x: number }>)[n.id]!.x);
    expect(Math.max(...xs(["lever", "condition"]))).toBeLessThan(Math.min(...xs(["state"])));
    expect(Math.max(...xs(["state"]))).toBeLessThan(Math.min(...xs(["outcome"])));
  });
});
