// Reads and validates the rubric templates in content/rubric/*.json. Shape comes from
// rubric-schema.ts; here each template is checked against the rest of the content (the causal
// model's nodes, the chapter files and their heading anchors) and its band arithmetic. Every
// problem is reported as a "file: problem" line, all at once, as load.ts does.
import GithubSlugger from "github-slugger";
import matter from "gray-matter";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { extractHeadings } from "../domain/content-text";
import { CONDITION_IDS, LEVER_IDS } from "./ids";
import { CONTENT_DIR, ContentError } from "./load";
import {
  ML_TEST_SCORE_SECTION_IDS,
  ML_TEST_SCORE_VALUES,
  ZRubricTemplateSchema,
  type LevelsBand,
  type LevelsTemplate,
  type MlTestScoreTemplate,
  type RubricTemplate,
} from "./rubric-schema";

/** What a template may point at: node kinds by id, and heading anchors by chapter (ch01 … ch15). */
export interface RubricRefs {
  nodeKinds: Map<string, string>;
  anchors: Map<string, Set<string>>;
}

/** Heading anchors of one chapter body, as rehype-slug writes them on the rendered page. */
export function headingAnchors(body: string): Set<string> {
  const slugger = new GithubSlugger();
  return new Set(extractHeadings(body).map((h) => slugger.slug(h.text)));
}

export function readRubricRefs(contentDir = CONTENT_DIR): RubricRefs {
  const nodes = JSON.parse(readFileSync(path.join(contentDir, "model", "nodes.json"), "utf8")) as { id: string; kind: string }[];
  const anchors = new Map<string, Set<string>>();
  const chapterDir = path.join(contentDir, "chapters");
  for (const name of readdirSync(chapterDir).filter((n) => /^ch\d\d\.mdx$/.test(n))) {
    anchors.set(name.slice(0, -".mdx".length), headingAnchors(matter(readFileSync(path.join(chapterDir, name), "utf8")).content));
  }
  return { nodeKinds: new Map(nodes.map((n) => [n.id, n.kind])), anchors };
}

function checkSection(where: string, chapter: string, section: string, refs: RubricRefs, problems: string[]) {
  const anchors = refs.anchors.get(chapter);
  if (!anchors) problems.push(`${where}.chapter: unknown chapter "${chapter}"`);
  else if (!anchors.has(section)) problems.push(`${where}.section: "${section}" is not a heading anchor in ${chapter}`);
}

function checkScoreBands(key: "bands" | "riskBands", bands: LevelsBand[], problems: string[]) {
  bands.forEach((b, i) => {
    if (b.min >= b.max) problems.push(`${key}.${i}: "${b.id}" must have min below max (has ${b.min} to ${b.max})`);
    if (i === 0 && b.min !== 0) problems.push(`${key}.0: the first band must start at 0 (starts at ${b.min})`);
    const prev = bands[i - 1];
    if (prev && b.min > prev.max) problems.push(`${key}.${i}: gap between "${prev.id}" (ends at ${prev.max}) and "${b.id}" (starts at ${b.min})`);
    if (prev && b.min < prev.max) problems.push(`${key}.${i}: "${b.id}" (starts at ${b.min}) overlaps "${prev.id}" (ends at ${prev.max})`);
  });
  const last = bands.at(-1);
  if (last && last.max !== 100) problems.push(`${key}.${bands.length - 1}: the last band must end at 100 (ends at ${last.max})`);
  duplicates(bands.map((b) => b.id)).forEach((id) => problems.push(`${key}: band id "${id}" is used twice`));
}

function checkLevels(t: LevelsTemplate, refs: RubricRefs, problems: string[]) {
  checkScoreBands("bands", t.bands, problems);
  checkScoreBands("riskBands", t.riskBands, problems);

  const seenNodes = new Set<string>();
  const itemIds = new Set<string>();
  t.groups.forEach((g, gi) => {
    const where = `groups.${gi}`;
    const nodeKind = refs.nodeKinds.get(g.nodeId);
    if (!nodeKind) problems.push(`${where}.nodeId: "${g.nodeId}" is not a node in content/model/nodes.json`);
    else if (nodeKind !== g.kind) problems.push(`${where}.kind: "${g.nodeId}" is a ${nodeKind}, not a ${g.kind}`);
    const direction = g.kind === "condition" ? "higher_is_worse" : "higher_is_better";
    if (g.direction !== direction) problems.push(`${where}.direction: a ${g.kind} must be scored ${direction}`);
    if (seenNodes.has(g.nodeId)) problems.push(`${where}.nodeId: "${g.nodeId}" has more than one group`);
    seenNodes.add(g.nodeId);
    g.items.forEach((item, ii) => {
      if (itemIds.has(item.id)) problems.push(`${where}.items.${ii}.id: duplicate item id "${item.id}"`);
      itemIds.add(item.id);
      duplicates(item.levels).forEach(() => problems.push(`${where}.items.${ii}.levels: two level anchors of "${item.id}" are identical`));
      checkSection(`${where}.items.${ii}`, item.chapter, item.section, refs, problems);
    });
  });
  for (const id of LEVER_IDS) if (!seenNodes.has(id)) problems.push(`groups: the lever "${id}" has no group`);
  for (const id of CONDITION_IDS) if (!seenNodes.has(id)) problems.push(`groups: the condition "${id}" has no group`);
}

function checkMlTestScore(t: MlTestScoreTemplate, refs: RubricRefs, problems: string[]) {
  const values = t.scores.map((s) => s.value);
  if (values.join() !== ML_TEST_SCORE_VALUES.join()) problems.push(`scores: must list the values 0, 0.5 and 1 in that order (lists ${values.join(", ")})`);
  const sectionIds = t.sections.map((s) => s.id);
  if (sectionIds.join() !== ML_TEST_SCORE_SECTION_IDS.join()) {
    problems.push(`sections: must be ${ML_TEST_SCORE_SECTION_IDS.join(", ")} in that order (found ${sectionIds.join(", ")})`);
  }
  const testIds = new Set<string>();
  t.sections.forEach((s, si) =>
    s.tests.forEach((test, ti) => {
      const where = `sections.${si}.tests.${ti}`;
      if (testIds.has(test.id)) problems.push(`${where}.id: duplicate test id "${test.id}"`);
      testIds.add(test.id);
      if (refs.nodeKinds.get(test.leverId) !== "lever") problems.push(`${where}.leverId: "${test.leverId}" is not a lever in content/model/nodes.json`);
      checkSection(where, test.chapter, test.section, refs, problems);
    }),
  );

  t.bands.forEach((b, i) => {
    const prev = t.bands[i - 1];
    if (i === 0 && b.over !== null) problems.push(`bands.0: the first band must have no lower limit (over: null)`);
    if (i > 0 && b.over === null) problems.push(`bands.${i}: only the first band may have no lower limit`);
    if (i < t.bands.length - 1 && b.atMost === null) problems.push(`bands.${i}: only the last band may have no upper limit`);
    if (i === t.bands.length - 1 && b.atMost !== null) problems.push(`bands.${i}: the last band must have no upper limit (atMost: null)`);
    if (b.over !== null && b.atMost !== null && b.over >= b.atMost) problems.push(`bands.${i}: "${b.id}" must have over below atMost`);
    if (prev && prev.atMost !== null && b.over !== null) {
      if (b.over > prev.atMost) problems.push(`bands.${i}: gap between "${prev.id}" (up to ${prev.atMost}) and "${b.id}" (over ${b.over})`);
      if (b.over < prev.atMost) problems.push(`bands.${i}: "${b.id}" (over ${b.over}) overlaps "${prev.id}" (up to ${prev.atMost})`);
    }
  });
  duplicates(t.bands.map((b) => b.id)).forEach((id) => problems.push(`bands: band id "${id}" is used twice`));
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
}

/**
 * Validates one template (already parsed from JSON) against the schema and the content refs.
 * Problems are "file: path: message" lines; the template is returned only when there are none.
 */
export function checkRubricTemplate(file: string, value: unknown, refs: RubricRefs): { template: RubricTemplate | null; problems: string[] } {
  const parsed = ZRubricTemplateSchema.safeParse(value);
  if (!parsed.success) {
    return { template: null, problems: parsed.error.issues.map((i) => `${file}: ${i.path.length ? `${i.path.join(".")}: ` : ""}${i.message}`) };
  }
  const t = parsed.data;
  const problems: string[] = [];
  const expectedName = `${t.id}.json`;
  if (path.basename(file) !== expectedName) problems.push(`id: "${t.id}" does not match the file name (expected ${expectedName})`);
  if (t.kind === "levels") checkLevels(t, refs, problems);
  else checkMlTestScore(t, refs, problems);
  return problems.length ? { template: null, problems: problems.map((p) => `${file}: ${p}`) } : { template: t, problems: [] };
}

/** The template files content/rubric must hold, with their kinds. */
export const REQUIRED_RUBRICS = { "causeway-maturity": "levels", "ml-test-score": "ml_test_score" } as const;

/** Reads, validates and returns every template in content/rubric; throws ContentError listing all problems. */
export function readRubricTemplates(contentDir = CONTENT_DIR): RubricTemplate[] {
  const rubricDir = path.join(contentDir, "rubric");
  const rel = (f: string) => path.relative(process.cwd(), f);
  const refs = readRubricRefs(contentDir);
  const problems: string[] = [];
  const templates: RubricTemplate[] = [];
  for (const name of readdirSync(rubricDir).filter((n) => n.endsWith(".json")).sort()) {
    const file = path.join(rubricDir, name);
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(file, "utf8"));
    } catch (e) {
      problems.push(`${rel(file)}: ${(e as Error).message}`);
      continue;
    }
    const result = checkRubricTemplate(rel(file), value, refs);
    problems.push(...result.problems);
    if (result.template) templates.push(result.template);
  }
  for (const [id, kind] of Object.entries(REQUIRED_RUBRICS)) {
    const found = templates.find((t) => t.id === id);
    if (!found && !problems.some((p) => p.includes(`${id}.json`))) problems.push(`${rel(rubricDir)}: the ${kind} template "${id}" is missing`);
    else if (found && found.kind !== kind) problems.push(`${rel(path.join(rubricDir, `${id}.json`))}: kind must be "${kind}"`);
  }
  if (problems.length) throw new ContentError(problems);
  return templates;
}

const cache = new Map<string, RubricTemplate[]>();

/** Every validated rubric template, read once per content folder and process. Shared: copy (structuredClone) before changing one. */
export function loadRubricTemplates(contentDir = CONTENT_DIR): RubricTemplate[] {
  let templates = cache.get(contentDir);
  if (!templates) cache.set(contentDir, (templates = readRubricTemplates(contentDir)));
  return templates;
}

/** One shipped template by id, or null when there is none. */
export function getRubricTemplate(id: string, contentDir = CONTENT_DIR): RubricTemplate | null {
  return loadRubricTemplates(contentDir).find((t) => t.id === id) ?? null;
}
