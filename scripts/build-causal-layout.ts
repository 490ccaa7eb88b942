// Lays out the causal graph once, at build time, with elkjs (layered, left to right, one
// partition per column: levers and conditions, then states, then outcomes) and writes the
// positions to content/model/layout.json, which the app imports. The browser never downloads the
// layout engine. Run on its own (`npx tsx scripts/build-causal-layout.ts`) or as part of
// `npm run build:content`.
import ELK from "elkjs/lib/elk.bundled.js";
import type { ElkNode } from "elkjs/lib/elk-api";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { loadCausalModel, type CausalModelContent } from "../server/content/causal-model";
import { CONTENT_DIR } from "../server/content/load";
import { NODE_HEIGHT, NODE_WIDTH, layoutSignature, type CausalLayout } from "../server/domain/causal/layout";

const COLUMN = { lever: 0, condition: 0, state: 1, outcome: 2 } as const;

export async function computeCausalLayout(model: Pick<CausalModelContent, "nodes" | "edges">): Promise<CausalLayout> {
  const elk = new ELK();
  const input: ElkNode = {
    id: "causal-model",
    layoutOptions: {
      "elk.algorithm": "layered",
      "elk.direction": "RIGHT",
      "elk.partitioning.activate": "true",
      "elk.layered.spacing.nodeNodeBetweenLayers": "48",
      "elk.spacing.nodeNode": "20",
      "elk.layered.nodePlacement.strategy": "NETWORK_SIMPLEX",
      "elk.layered.crossingMinimization.semiInteractive": "false",
    },
    children: model.nodes.map((n) => ({
      id: n.id,
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
      layoutOptions: { "elk.partitioning.partition": String(COLUMN[n.kind]) },
    })),
    edges: model.edges.map((e, i) => ({ id: `e${i}`, sources: [e.from], targets: [e.to] })),
  };
  const graph = await elk.layout(input);
  const positions: CausalLayout["positions"] = {};
  for (const child of graph.children ?? []) positions[child.id] = { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) };
  return { signature: layoutSignature(model), width: Math.round(graph.width ?? 0), height: Math.round(graph.height ?? 0), positions };
}

export async function writeCausalLayout(model: Pick<CausalModelContent, "nodes" | "edges"> = loadCausalModel()): Promise<string> {
  const file = path.join(CONTENT_DIR, "model", "layout.json");
  writeFileSync(file, `${JSON.stringify(await computeCausalLayout(model), null, 2)}\n`);
  return path.relative(process.cwd(), file);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(`Wrote ${await writeCausalLayout()}`);
}
