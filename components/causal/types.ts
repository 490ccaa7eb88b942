// What the causal views need from the content, kept small enough to ship to the browser.
import type { CausalEdge, CausalNode, LeverGuidance } from "~/server/domain/causal";
import type { CausalLayout } from "~/server/domain/causal/layout";

export interface ViewNode extends CausalNode {
  summary: string;
}

export interface ViewEdge extends CausalEdge {
  reason: string;
}

export interface CausalViewModel {
  nodes: ViewNode[];
  edges: ViewEdge[];
  guidance: LeverGuidance;
  layout: CausalLayout;
}

export const KIND_LABELS = { lever: "Lever", condition: "Condition", state: "State", outcome: "Outcome" } as const;
