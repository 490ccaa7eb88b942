// `npm run build:content` (part of `npm run build`): validate every content file, compile the
// chapter guides and the plan-step guidance with mdx-bundler, and write the search index. Any problem fails the build with
// "file: problem" lines.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import MiniSearch from "minisearch";
import { COMPILED_DIR } from "../server/content/catalog";
import { compileChapter, type TocEntry } from "../server/content/compile";
import { ContentError, loadContent } from "../server/content/load";
import { loadCausalModel } from "../server/content/causal-model";
import { writeCausalLayout } from "./build-causal-layout";
import { loadRubricTemplates } from "../server/content/rubric";
import { buildCatalog } from "../server/content/build-catalog";
import { SEARCH_OPTIONS, buildSearchDocuments } from "../server/content/search-index";

const started = Date.now();
let set;
let causalModel;
let rubrics;
try {
  set = loadContent();
  causalModel = loadCausalModel(undefined, set);
  rubrics = loadRubricTemplates();
} catch (e) {
  console.error(e instanceof ContentError ? e.message : e);
  process.exit(1);
}

rmSync(COMPILED_DIR, { recursive: true, force: true });
mkdirSync(path.join(COMPILED_DIR, "chapters"), { recursive: true });
mkdirSync(path.join(COMPILED_DIR, "plan"), { recursive: true });
const tocs = new Map<string, TocEntry[]>();
const failures: string[] = [];
for (const c of set.chapters) {
  try {
    const compiled = await compileChapter(c.body, c.file);
    tocs.set(c.meta.slug, compiled.toc);
    writeFileSync(path.join(COMPILED_DIR, "chapters", `${c.meta.slug}.json`), JSON.stringify(compiled));
  } catch (e) {
    failures.push((e as Error).message);
  }
}
for (const g of set.planGuides) {
  try {
    const { code } = await compileChapter(g.body, g.file);
    writeFileSync(path.join(COMPILED_DIR, "plan", `step-${g.meta.step}.json`), JSON.stringify({ code, summary: g.meta.summary }));
  } catch (e) {
    failures.push((e as Error).message);
  }
}
if (failures.length) {
  console.error(`Content is invalid:\n  ${failures.join("\n  ")}`);
  process.exit(1);
}

const catalog = buildCatalog(set);
const bodies = new Map(set.chapters.map((c) => [c.meta.slug, c.body]));
const headingId = (text: string, slug: string) => tocs.get(slug)?.find((t) => t.depth === 2 && t.text === text.replace(/[`*_]/g, ""))?.id ?? "";
const docs = buildSearchDocuments(catalog, bodies, headingId);
const search = new MiniSearch(SEARCH_OPTIONS);
search.addAll(docs);
mkdirSync("public", { recursive: true });
await writeCausalLayout(causalModel);
writeFileSync(path.join("public", "search-index.json"), JSON.stringify(search));

console.log(
  `Content OK: ${catalog.chapters.length} chapters, ${set.planGuides.length} plan-step guides, ${catalog.glossary.length} glossary terms, ${rubrics.length} rubric templates, ${docs.length} search entries (${Date.now() - started} ms)`,
);
