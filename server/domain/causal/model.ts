// The causal model's shape and the rules every graph must follow before the engine runs on it.
// Pure and browser-safe: no database, framework or node: imports, so the what-if explorer in the
// browser runs exactly the code the server and the tests run.

export type NodeKind = "lever" | "condition" | "state" | "outcome";
export type Relation = "predicts" | "influences" | "moderates";
export type Sign = "+" | "-";

export interface CausalNode {
  id: string;
  name: string;
  kind: NodeKind;
}

export interface CausalEdge {
  from: string;
  to: string;
  relation: Relation;
  /** Direction in each node's own terms: for a condition, "+" means more risk. Moderations carry none. */
  sign?: Sign;
  /** Overrides the relation's weight (used by tests and by anyone tuning the model). */
  weight?: number;
}

export interface CausalModel {
  nodes: CausalNode[];
  edges: CausalEdge[];
}

/**
 * Weights by relation. The book's card separates edges it calls "predicts" (a direct, primary
 * determinant: training data quality predicts offline accuracy) from ones it calls "influences" (a
 * contributing factor among others: responsible AI practice influences production performance). We
 * read "predicts" as twice as strong. The ratio is a heuristic, stated in the product, not a fit to data.
 */
export const RELATION_WEIGHTS = { predicts: 2, influences: 1 } as const;

/**
 * Strength of a moderation. A moderating condition at full risk removes up to half of what is left
 * once staleness is counted: value = base × (1 − 0.5 × risk/100 × (1 − base/100)). At zero risk the
 * moderation costs nothing; the cost is largest for a middling base, and the result stays within 0–100.
 */
export const MODERATION_STRENGTH = 0.5;

/** Levers and conditions are assessed (measured by the rubric); states and outcomes are projected. */
export const isAssessedKind = (kind: NodeKind) => kind === "lever" || kind === "condition";

/** Which kinds an edge may point into, by the kind it leaves: effects flow from what a team controls towards outcomes, never back. */
export const ALLOWED_TARGETS: Record<NodeKind, readonly NodeKind[]> = {
  lever: ["lever", "condition", "state", "outcome"],
  condition: ["state", "outcome"],
  state: ["state", "outcome"],
  outcome: ["outcome"],
};

export function edgeWeight(edge: CausalEdge): number {
  if (edge.weight !== undefined) return edge.weight;
  return edge.relation === "moderates" ? 0 : RELATION_WEIGHTS[edge.relation];
}

/**
 * The sign of an edge in health terms (higher is better everywhere). Conditions are stated as risk,
 * so an edge out of or into a condition flips: "shift influences production performance −" becomes
 * "shift health raises production health", and "monitoring influences shift −" becomes "monitoring
 * raises shift health". In the book's model every signed edge is positive in health terms.
 */
export function healthSign(edge: CausalEdge, kindOf: (id: string) => NodeKind): 1 | -1 {
  const flip = (id: string) => (kindOf(id) === "condition" ? -1 : 1);
  return ((edge.sign === "-" ? -1 : 1) * flip(edge.from) * flip(edge.to)) as 1 | -1;
}

/** Nodes in an order where every node comes after all of its inputs; null when the edges form a cycle. */
export function topologicalOrder(model: CausalModel): string[] | null {
  const indegree = new Map(model.nodes.map((n) => [n.id, 0]));
  for (const e of model.edges) indegree.set(e.to, (indegree.get(e.to) ?? 0) + 1);
  const queue = model.nodes.filter((n) => indegree.get(n.id) === 0).map((n) => n.id);
  const order: string[] = [];
  while (queue.length) {
    const id = queue.shift()!;
    order.push(id);
    for (const e of model.edges) {
      if (e.from !== id) continue;
      const left = indegree.get(e.to)! - 1;
      indegree.set(e.to, left);
      if (left === 0) queue.push(e.to);
    }
  }
  return order.length === model.nodes.length ? order : null;
}

/** Every structural problem with the model, as sentences; empty when the engine can run on it. */
export function checkCausalModel(model: CausalModel): string[] {
  const problems: string[] = [];
  const kinds = new Map(model.nodes.map((n) => [n.id, n.kind]));
  if (kinds.size !== model.nodes.length) problems.push("a node id appears twice");
  const seen = new Set<string>();
  model.edges.forEach((e, i) => {
    const at = `edge ${i + 1} (${e.from} ${e.relation} ${e.to})`;
    const from = kinds.get(e.from);
    const to = kinds.get(e.to);
    if (!from) problems.push(`${at}: unknown node "${e.from}"`);
    if (!to) problems.push(`${at}: unknown node "${e.to}"`);
    if (e.from === e.to) problems.push(`${at}: a node cannot point to itself`);
    const key = `${e.from}→${e.to}`;
    if (seen.has(key)) problems.push(`${at}: duplicate edge; ${e.from} already points to ${e.to}`);
    seen.add(key);
    if (from && to && !ALLOWED_TARGETS[from].includes(to)) problems.push(`${at}: an edge from a ${from} cannot point into a ${to}`);
    if (e.relation === "moderates") {
      if (e.sign) problems.push(`${at}: a moderation has no sign; its reason says which way it works`);
      if (from && from !== "condition") problems.push(`${at}: only a contextual condition can moderate`);
      if (to && isAssessedKind(to)) problems.push(`${at}: a moderation must point into a state or an outcome`);
    } else if (!e.sign) problems.push(`${at}: needs a sign, "+" or "-"`);
    if (e.weight !== undefined && !(e.weight >= 0 && Number.isFinite(e.weight))) problems.push(`${at}: weight must be a non-negative number`);
  });
  for (const n of model.nodes) {
    if (isAssessedKind(n.kind)) continue;
    const into = model.edges.filter((e) => e.to === n.id);
    if (!into.some((e) => e.relation !== "moderates")) problems.push(`${n.kind} "${n.id}" has no input to project it from`);
    if (into.filter((e) => e.relation === "moderates").length > 1) problems.push(`${n.kind} "${n.id}" has more than one moderation`);
  }
  if (!problems.length && !topologicalOrder(model)) problems.push("the edges form a cycle");
  return problems;
}
