import "server-only";
// The causal model as the explorer needs it in the browser: nodes with their summaries, edges,
// lever guidance and the layout computed at build time.
import type { CausalViewModel } from "~/components/causal/types";
import layout from "~/content/model/layout.json";
import { getCausalModel } from "~/server/content/causal-model";

export function causalViewModel(): CausalViewModel {
  const { nodes, edges, guidance } = getCausalModel();
  return { nodes: nodes.map(({ id, name, kind, summary }) => ({ id, name, kind, summary })), edges, guidance, layout };
}

/** Each node's display name by id, for lists that name levers (actions, slides, tables). */
export function nodeNames(model: CausalViewModel): Record<string, string> {
  return Object.fromEntries(model.nodes.map((n) => [n.id, n.name]));
}
