// The shape of the precomputed layout (content/model/layout.json) and a signature of the graph it
// was computed for, so a test notices when nodes or edges change and the layout was not rebuilt.

export const NODE_WIDTH = 184;
export const NODE_HEIGHT = 64;

export interface CausalLayout {
  signature: string;
  width: number;
  height: number;
  positions: Record<string, { x: number; y: number }>;
}

export function layoutSignature(model: { nodes: readonly { id: string; kind: string }[]; edges: readonly { from: string; to: string }[] }): string {
  const nodes = model.nodes.map((n) => `${n.id}:${n.kind}`).sort();
  const edges = model.edges.map((e) => `${e.from}>${e.to}`).sort();
  let hash = 0x811c9dc5; // FNV-1a, enough to notice a change
  for (const ch of [...nodes, ...edges].join(" ")) hash = Math.imul(hash ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return `${nodes.length} nodes, ${edges.length} edges, ${hash.toString(16).padStart(8, "0")}`;
}
