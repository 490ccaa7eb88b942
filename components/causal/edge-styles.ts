// How edges look, by relation and sign: "predicts" thick and solid, "influences" thinner and
// dashed, a negative sign in red with a minus label, a moderation dotted in purple.
import type { CausalEdge } from "~/server/domain/causal";

export const EDGE_STYLES = {
  predictsPlus: { label: "predicts, more gives more", color: "#334155", width: 2.5, dash: undefined },
  influencesPlus: { label: "influences, more gives more", color: "#64748b", width: 1.5, dash: "6 4" },
  predictsMinus: { label: "predicts, more gives less (−)", color: "#b91c1c", width: 2.5, dash: undefined },
  influencesMinus: { label: "influences, more gives less (−)", color: "#b91c1c", width: 1.5, dash: "6 4" },
  moderates: { label: "moderates (changes how strongly another input counts)", color: "#7e22ce", width: 2, dash: "2 4" },
} as const;
export type EdgeStyleKey = keyof typeof EDGE_STYLES;

export function edgeStyleOf(e: CausalEdge): EdgeStyleKey {
  if (e.relation === "moderates") return "moderates";
  return `${e.relation}${e.sign === "-" ? "Minus" : "Plus"}`;
}
