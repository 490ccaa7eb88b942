// Sensitivity, the bottleneck and recommendations, and the what-if entry point the explorer and
// the dashboard call on every slider move. All of it reruns projectModel, so what the reader sees
// and what is ranked can never disagree.
import type { CausalModel } from "./model";
import { projectModel, readScore, type Projection, type Scores } from "./project";

export interface AnalysisOptions {
  /** Target score per lever; 100 when not set. */
  targets?: Readonly<Record<string, number>>;
}

export interface LeverPriority {
  lever: string;
  score: number | null;
  target: number;
  /** rise in each outcome per point of this lever, around its current score */
  sensitivity: Record<string, number>;
  /** sum over the outcomes of how much each would rise if this lever reached its target; null when the lever is not assessed */
  gain: number | null;
}

export interface Analysis {
  scores: Scores;
  projection: Projection;
  /** levers, highest gain first; levers that are not assessed come last */
  priorities: LeverPriority[];
  /** the lever whose improvement to its target raises the projected outcomes most; null when no lever can raise them */
  bottleneck: string | null;
}

const idsOf = (model: CausalModel, kind: string) => model.nodes.filter((n) => n.kind === kind).map((n) => n.id);

/** Sum of the projected outcome values (outcomes without a value count as nothing). */
function outcomeTotal(model: CausalModel, p: Projection): number {
  return idsOf(model, "outcome").reduce((sum, id) => sum + (p[id]!.value ?? 0), 0);
}

/** Rise in each outcome per point of `lever`: a one-point step up (down at 100), so it is exact on the linear parts of the model. */
export function sensitivityOf(model: CausalModel, scores: Scores, lever: string, base = projectModel(model, scores)): Record<string, number> {
  const score = readScore(scores, lever);
  const result: Record<string, number> = {};
  if (score === null) return result;
  const step = score < 100 ? 1 : -1;
  const moved = projectModel(model, { ...scores, [lever]: score + step });
  for (const o of idsOf(model, "outcome")) {
    const before = base[o]!.value;
    const after = moved[o]!.value;
    if (before !== null && after !== null) result[o] = (after - before) / step;
  }
  return result;
}

export function analyse(model: CausalModel, scores: Scores, options: AnalysisOptions = {}): Analysis {
  const projection = projectModel(model, scores);
  const baseTotal = outcomeTotal(model, projection);
  const priorities = idsOf(model, "lever").map((lever): LeverPriority => {
    const score = readScore(scores, lever);
    const target = Math.min(100, Math.max(0, options.targets?.[lever] ?? 100));
    const sensitivity = sensitivityOf(model, scores, lever, projection);
    if (score === null) return { lever, score, target, sensitivity, gain: null };
    const gain = score >= target ? 0 : outcomeTotal(model, projectModel(model, { ...scores, [lever]: target })) - baseTotal;
    return { lever, score, target, sensitivity, gain };
  });
  const order = new Map(priorities.map((p, i) => [p.lever, i]));
  priorities.sort((a, b) => (b.gain ?? -1) - (a.gain ?? -1) || (b.target - (b.score ?? 0)) - (a.target - (a.score ?? 0)) || order.get(a.lever)! - order.get(b.lever)!);
  const top = priorities[0];
  return { scores, projection, priorities, bottleneck: top && top.gain !== null && top.gain > 1e-9 ? top.lever : null };
}

export interface WhatIf extends Analysis {
  /** change in value per node against the assessed projection; null where either side has no value */
  changes: Record<string, number | null>;
}

/** The whole analysis with some scores overridden, and how each node moved against the assessed scores. */
export function whatIf(model: CausalModel, assessed: Scores, overrides: Scores, options: AnalysisOptions = {}): WhatIf {
  const baseline = projectModel(model, assessed);
  const result = analyse(model, { ...assessed, ...overrides }, options);
  const changes: Record<string, number | null> = {};
  for (const [id, node] of Object.entries(result.projection)) {
    const before = baseline[id]!.value;
    changes[id] = node.value === null || before === null ? null : node.value - before;
  }
  return { ...result, changes };
}

export interface Link {
  href: string;
  label: string;
}

/** Where the book teaches a lever (chapters whose "Apply it" section links it) and which plan steps improve it. */
export type LeverGuidance = Readonly<Record<string, { lessons: Link[]; steps: Link[] }>>;

export interface Recommendation extends LeverPriority {
  rank: number;
  lessons: Link[];
  steps: Link[];
}

/** The top three levers by gain (only those that would raise the outcomes), each with its lessons and plan steps. */
export function recommend(analysis: Analysis, guidance: LeverGuidance, count = 3): Recommendation[] {
  return analysis.priorities
    .filter((p) => p.gain !== null && p.gain > 1e-9)
    .slice(0, count)
    .map((p, i) => ({ ...p, rank: i + 1, lessons: guidance[p.lever]?.lessons ?? [], steps: guidance[p.lever]?.steps ?? [] }));
}
