// Cross-file checks of the authored content. Each problem names the file it is in; the build and
// the content test fail on any.
import { BOOK_CHAPTER_COUNT, BOOK_CHAPTER_OF_GUIDE, CHAPTER_COUNT, CONDITION_IDS, LEVER_IDS, PLAN_STEPS } from "./ids";
import type { ChapterFrontmatter, GlossaryEntry, LearningPaths, ModelNode, PlanStep } from "./schemas";
import { checklistItems } from "../domain/checklist";
import { countWords, mdxToPlainText } from "./content-text";
import { quizBalance, quizBalanceProblems } from "./quiz-balance";
import { chapterAnchors, checkPlanGuides, type LoadedPlanGuide } from "./plan-guide-checks";

export type { LoadedPlanGuide };

export interface LoadedChapter {
  file: string;
  meta: ChapterFrontmatter;
  body: string;
}

export interface ContentSet {
  chapters: LoadedChapter[];
  planGuides: LoadedPlanGuide[];
  glossary: { file: string; entries: GlossaryEntry[] }[];
  nodes: ModelNode[];
  steps: PlanStep[];
  paths: LearningPaths;
}

export const MIN_WORDS = 1800;
export const MAX_WORDS = 3500;
export const REQUIRED_SECTIONS = ["Pitfalls", "Apply it to your project", "Quiz", "Further reading"] as const;
export const MDX_COMPONENTS = ["Callout", "KeyIdea", "Lever", "Step", "Chapter", "Term", "Figure", "Checklist", "Quiz"] as const;

const LINKABLE_NODES = new Set<string>([...LEVER_IDS, ...CONDITION_IDS]);

export function checkContent(set: ContentSet): string[] {
  const problems: string[] = [];
  const glossaryIds = new Map<string, string>();
  for (const { file, entries } of set.glossary) {
    for (const e of entries) {
      const earlier = glossaryIds.get(e.id);
      if (earlier) problems.push(`${file}: glossary term "${e.id}" is already defined in ${earlier}`);
      else glossaryIds.set(e.id, file);
    }
  }
  for (const { file, entries } of set.glossary) {
    for (const e of entries) for (const ref of e.seeAlso) if (!glossaryIds.has(ref)) problems.push(`${file}: "${e.id}" sees also unknown term "${ref}"`);
  }

  const slugs = new Map(set.chapters.map((c) => [c.meta.slug, c.meta.number]));
  const numbers = new Set(set.chapters.map((c) => c.meta.number));
  for (let n = 1; n <= CHAPTER_COUNT; n++) if (!numbers.has(n)) problems.push(`content/chapters: chapter ${n} is missing`);

  for (const c of set.chapters) problems.push(...checkChapter(c, { glossaryIds, slugs }).map((p) => `${c.file}: ${p}`));

  problems.push(...quizBalanceProblems(quizBalance(set.chapters.flatMap((c) => c.meta.quiz))));
  const books = new Set(set.chapters.map((c) => c.meta.bookChapter));
  for (let n = 1; n <= BOOK_CHAPTER_COUNT; n++) if (!books.has(n)) problems.push(`content/chapters: no guide covers book chapter ${n}`);

  for (const lever of LEVER_IDS) {
    if (!set.chapters.some((c) => c.meta.levers.includes(lever))) problems.push(`content/chapters: no chapter teaches the lever "${lever}"`);
  }
  for (const step of PLAN_STEPS) {
    if (!set.chapters.some((c) => c.meta.steps.includes(step))) problems.push(`content/chapters: no chapter teaches plan step ${step}`);
  }
  if (glossaryIds.size < 80) problems.push(`content/glossary: has ${glossaryIds.size} terms, needs at least 80`);

  for (const [discipline, entries] of Object.entries(set.paths)) {
    const seen = new Set<number>();
    for (const e of entries) {
      if (!numbers.has(e.chapter)) problems.push(`content/paths.json: ${discipline} path names unknown chapter ${e.chapter}`);
      if (seen.has(e.chapter)) problems.push(`content/paths.json: ${discipline} path lists chapter ${e.chapter} twice`);
      seen.add(e.chapter);
    }
  }
  const nodeIds = new Set(set.nodes.map((n) => n.id));
  if (nodeIds.size !== set.nodes.length) problems.push("content/model/nodes.json: a node id appears twice");
  for (const id of [...LEVER_IDS, ...CONDITION_IDS]) if (!nodeIds.has(id)) problems.push(`content/model/nodes.json: node "${id}" is missing`);
  const stepNumbers = set.steps.map((s) => s.n).sort((a, b) => a - b);
  if (stepNumbers.join() !== PLAN_STEPS.join()) problems.push("content/plan/steps.json: must define steps 1 to 10 once each");
  problems.push(...checkPlanGuides(set.planGuides, chapterAnchors(set.chapters)));
  return problems;
}

function checkChapter(c: LoadedChapter, refs: { glossaryIds: Map<string, string>; slugs: Map<string, number> }): string[] {
  const problems: string[] = [];
  const { meta, body } = c;
  const expectedFile = `ch${String(meta.number).padStart(2, "0")}.mdx`;
  if (!c.file.endsWith(expectedFile)) problems.push(`number ${meta.number} does not match the file name (expected ${expectedFile})`);
  if (refs.slugs.get(meta.slug) !== meta.number) problems.push(`slug "${meta.slug}" is used by another chapter`);
  for (const id of meta.glossary) if (!refs.glossaryIds.has(id)) problems.push(`frontmatter glossary names unknown term "${id}"`);
  const book = BOOK_CHAPTER_OF_GUIDE[meta.number];
  if (book !== undefined && meta.bookChapter !== book) problems.push(`bookChapter is ${meta.bookChapter}, but guide ${meta.number} covers book chapter ${book}`);
  const qids = meta.quiz.map((q) => q.id);
  if (new Set(qids).size !== qids.length) problems.push("quiz question ids must be unique");

  const withoutFigures = body.replace(/<Figure[\s\S]*?<\/Figure>/g, "");
  for (const m of withoutFigures.matchAll(/<([A-Z][A-Za-z]*)/g)) {
    if (!(MDX_COMPONENTS as readonly string[]).includes(m[1]!)) problems.push(`unknown component <${m[1]}>`);
  }
  for (const m of body.matchAll(/<Term\s+id="([^"]*)"/g)) if (!refs.glossaryIds.has(m[1]!)) problems.push(`<Term id="${m[1]}"> is not a glossary term`);
  for (const m of body.matchAll(/<Lever\s+id="([^"]*)"/g)) if (!LINKABLE_NODES.has(m[1]!)) problems.push(`<Lever id="${m[1]}"> is not a lever or condition id`);
  for (const m of body.matchAll(/<Step\s+n=\{([^}]*)\}/g)) if (!(PLAN_STEPS as readonly number[]).includes(Number(m[1]))) problems.push(`<Step n={${m[1]}}> is not a plan step`);
  for (const m of body.matchAll(/<Chapter\s+n=\{([^}]*)\}/g)) {
    const n = Number(m[1]);
    if (!Number.isInteger(n) || n < 1 || n > CHAPTER_COUNT) problems.push(`<Chapter n={${m[1]}}> is not a chapter`);
  }
  for (const m of body.matchAll(/\]\((\/[^)\s]*)\)/g)) if (!isKnownInternalLink(m[1]!, refs)) problems.push(`broken internal link ${m[1]}`);
  if (!/<Quiz\s*\/>/.test(body)) problems.push("has no <Quiz /> component");
  problems.push(...checklistItems(body).problems);

  const sections = [...body.matchAll(/^##\s+(.+?)\s*$/gm)].map((m) => m[1]!);
  const tail = sections.slice(-REQUIRED_SECTIONS.length);
  if (tail.join("|") !== REQUIRED_SECTIONS.join("|")) {
    problems.push(`must end with the sections ${REQUIRED_SECTIONS.map((s) => `"## ${s}"`).join(", ")} in that order (found ${tail.map((s) => `"${s}"`).join(", ")})`);
  }
  const words = countWords(mdxToPlainText(body));
  if (words < MIN_WORDS || words > MAX_WORDS) problems.push(`has ${words} words; a guide needs ${MIN_WORDS} to ${MAX_WORDS}`);
  return problems;
}

function isKnownInternalLink(href: string, refs: { glossaryIds: Map<string, string>; slugs: Map<string, number> }): boolean {
  const [path, hash] = href.split("#") as [string, string | undefined];
  if (path === "/learn" || path === "/learn/search" || path === "/learn/plan" || path === "/learn/levers") return true;
  if (path === "/learn/glossary") return !hash || refs.glossaryIds.has(hash);
  const chapter = /^\/learn\/([a-z0-9-]+)$/.exec(path);
  return Boolean(chapter && refs.slugs.has(chapter[1]!));
}
