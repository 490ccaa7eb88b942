// The causal model as content: content/model/nodes.json (validated by the content loader) plus
// content/model/edges.json, validated here with zod and the engine's structural rules (unknown
// node, duplicate edge, an edge into a kind it may not reach, a cycle). Also derives, per lever,
// the chapters that teach it and the plan steps that improve it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { checkCausalModel, type CausalModel } from "../domain/causal";
import { buildLeverGuidance } from "../domain/causal/guidance";
import type { LeverGuidance } from "../domain/causal/analyse";
import { bookChapterLabel } from "./build-catalog";
import { LEVER_IDS, NODE_IDS } from "./ids";
import { CONTENT_DIR, ContentError, loadContent } from "./load";
import type { ContentSet } from "../content/content-checks";

const nodeId = z.enum(NODE_IDS, "is not a node of the causal model");

export const edgeSchema = z
  .object({
    from: nodeId,
    relation: z.enum(["predicts", "influences", "moderates"]),
    to: nodeId,
    sign: z.enum(["+", "-"]).optional(),
    reason: z.string().min(20, "needs a reason of at least 20 characters").max(300),
  })
  .strict();
export type ModelEdge = z.infer<typeof edgeSchema>;

export const edgesFileSchema = z.array(edgeSchema).min(1);

export interface CausalModelContent extends CausalModel {
  nodes: ContentSet["nodes"];
  edges: ModelEdge[];
  guidance: LeverGuidance;
}

/** Validates edges against the nodes; throws ContentError with "file: problem" lines. */
export function parseEdges(raw: unknown, nodes: ContentSet["nodes"], file = "content/model/edges.json"): ModelEdge[] {
  const parsed = edgesFileSchema.safeParse(raw);
  if (!parsed.success) throw new ContentError(parsed.error.issues.map((i) => `${file}: ${i.path.length ? `${i.path.join(".")}: ` : ""}${i.message}`));
  const problems = checkCausalModel({ nodes, edges: parsed.data });
  if (problems.length) throw new ContentError(problems.map((p) => `${file}: ${p}`));
  return parsed.data;
}

export function loadCausalModel(dir = CONTENT_DIR, set: ContentSet = loadContent(dir)): CausalModelContent {
  const file = path.join(dir, "model", "edges.json");
  const rel = path.relative(process.cwd(), file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new ContentError([`${rel}: ${(e as Error).message}`]);
  }
  const edges = parseEdges(raw, set.nodes, rel);
  const chapters = set.chapters.map((c) => ({ number: c.meta.number, book: bookChapterLabel(c.meta), slug: c.meta.slug, title: c.meta.title, body: c.body }));
  return { nodes: set.nodes, edges, guidance: buildLeverGuidance(LEVER_IDS, chapters, set.steps) };
}

let cached: CausalModelContent | undefined;

/** The model, loaded once per process. */
export function getCausalModel(): CausalModelContent {
  return (cached ??= loadCausalModel());
}
