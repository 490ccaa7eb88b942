// Projection: assessed scores for levers and conditions in, health (0–100, higher is better) for
// every node out, each with an explanation whose contributions add up to its value.
import { roundToSum } from "./round";
import { MODERATION_STRENGTH, edgeWeight, healthSign, isAssessedKind, topologicalOrder, type CausalEdge, type CausalModel, type NodeKind, type Relation } from "./model";

/** Assessed scores 0–100 by node id. Levers: maturity (higher is better). Conditions: risk (higher is worse). */
export type Scores = Readonly<Record<string, number | null | undefined>>;

export interface InputTerm {
  kind: "input";
  from: string;
  relation: Exclude<Relation, "moderates">;
  /** +1 when more health upstream means more health here; −1 when it means less (the input enters as 100 − health). */
  direction: 1 | -1;
  weight: number;
  /** weight / sum of the weights of the inputs that have a value */
  share: number;
  input: number;
  contribution: number;
  /** contribution rounded so that the shown contributions add up to the shown value */
  shown: number;
}

export interface InteractionTerm {
  kind: "interaction";
  from: string;
  /** the moderating condition's risk, 0–100 */
  risk: number;
  strength: number;
  contribution: number;
  shown: number;
}

export type Explanation =
  | { type: "assessed"; raw: number; health: number; upstream: string[] }
  | { type: "not-assessed"; upstream: string[] }
  | { type: "projected"; terms: (InputTerm | InteractionTerm)[]; base: number; missing: string[] }
  | { type: "no-inputs"; missing: string[] };

export interface NodeProjection {
  id: string;
  kind: NodeKind;
  /** health 0–100, higher is better; null when nothing it depends on has a value */
  value: number | null;
  /** the value as shown (a whole number) */
  shown: number | null;
  explanation: Explanation;
}

export type Projection = Record<string, NodeProjection>;

const clampScore = (v: number) => Math.min(100, Math.max(0, v));

/** Reads an assessed score; anything that is not a finite number counts as not assessed, and scores are kept within 0–100. */
export function readScore(scores: Scores, id: string): number | null {
  const v = scores[id];
  return typeof v === "number" && Number.isFinite(v) ? clampScore(v) : null;
}

export function projectModel(model: CausalModel, scores: Scores): Projection {
  const order = topologicalOrder(model);
  if (!order) throw new Error("The causal model has a cycle; check it with checkCausalModel first.");
  const kinds = new Map(model.nodes.map((n) => [n.id, n.kind]));
  const kindOf = (id: string) => kinds.get(id)!;
  const incoming = new Map<string, CausalEdge[]>();
  for (const e of model.edges) incoming.set(e.to, [...(incoming.get(e.to) ?? []), e]);
  const into = (id: string) => incoming.get(id) ?? [];
  const out: Projection = {};

  for (const id of order) {
    const kind = kindOf(id);
    if (isAssessedKind(kind)) {
      const upstream = into(id).map((e) => e.from);
      const raw = readScore(scores, id);
      const health = raw === null ? null : kind === "condition" ? 100 - raw : raw;
      out[id] = {
        id,
        kind,
        value: health,
        shown: health === null ? null : Math.round(health),
        explanation: raw === null ? { type: "not-assessed", upstream } : { type: "assessed", raw, health: health!, upstream },
      };
      continue;
    }
    out[id] = projectNode(id, kind, into(id), out, kindOf);
  }
  return out;
}

function projectNode(id: string, kind: NodeKind, edges: CausalEdge[], known: Projection, kindOf: (id: string) => NodeKind): NodeProjection {
  const inputs = edges.filter((e) => e.relation !== "moderates");
  const present = inputs.filter((e) => known[e.from]!.value !== null && edgeWeight(e) > 0);
  const missing = inputs.filter((e) => known[e.from]!.value === null).map((e) => e.from);
  const total = present.reduce((sum, e) => sum + edgeWeight(e), 0);
  if (!present.length || total === 0) return { id, kind, value: null, shown: null, explanation: { type: "no-inputs", missing } };

  const terms: (InputTerm | InteractionTerm)[] = present.map((e) => {
    const direction = healthSign(e, kindOf);
    const upstream = known[e.from]!.value!;
    const input = direction === 1 ? upstream : 100 - upstream;
    const share = edgeWeight(e) / total;
    return { kind: "input", from: e.from, relation: e.relation as InputTerm["relation"], direction, weight: edgeWeight(e), share, input, contribution: share * input, shown: 0 };
  });
  const base = terms.reduce((sum, t) => sum + t.contribution, 0);

  let value = base;
  for (const m of edges.filter((e) => e.relation === "moderates")) {
    const health = known[m.from]!.value;
    if (health === null) {
      missing.push(m.from);
      continue;
    }
    const risk = 100 - health;
    const strength = m.weight ?? MODERATION_STRENGTH;
    const contribution = -value * strength * (risk / 100) * (1 - value / 100);
    terms.push({ kind: "interaction", from: m.from, risk, strength, contribution, shown: 0 });
    value += contribution;
  }

  const shown = Math.round(value);
  const rounded = roundToSum(terms.map((t) => t.contribution), shown);
  terms.forEach((t, i) => (t.shown = rounded[i]!));
  return { id, kind, value, shown, explanation: { type: "projected", terms, base, missing } };
}
