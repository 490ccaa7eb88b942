// Checks of the plan-step guidance (content/plan/step-NN.mdx): one file per step, the four sections
// in order, plain Markdown only, and every link to a lesson pointing at a heading that exists.
import GithubSlugger from "github-slugger";
import { PLAN_STEPS } from "./ids";
import { countWords, extractHeadings, mdxToPlainText } from "./content-text";
import type { ChapterFrontmatter, PlanGuideFrontmatter } from "./schemas";

export const PLAN_GUIDE_SECTIONS = ["What this step decides", "Questions to answer", "Common mistakes", "Lessons that teach it"] as const;
export const PLAN_GUIDE_MIN_WORDS = 150;
export const PLAN_GUIDE_MAX_WORDS = 800;

export interface LoadedPlanGuide {
  file: string;
  meta: PlanGuideFrontmatter;
  body: string;
}

/** Heading anchors per chapter slug, made with the slugger rehype-slug uses on the lesson page. */
export function chapterAnchors(chapters: { meta: Pick<ChapterFrontmatter, "slug">; body: string }[]): Map<string, Set<string>> {
  return new Map(
    chapters.map((c) => {
      const slugger = new GithubSlugger();
      return [c.meta.slug, new Set(extractHeadings(c.body).map((h) => slugger.slug(h.text)))];
    }),
  );
}

export function checkPlanGuides(guides: LoadedPlanGuide[], anchors: Map<string, Set<string>>): string[] {
  const problems: string[] = [];
  for (const step of PLAN_STEPS) {
    const count = guides.filter((g) => g.meta.step === step).length;
    if (count !== 1) problems.push(`content/plan: step ${step} needs exactly one guidance file (found ${count})`);
  }
  for (const g of guides) problems.push(...checkPlanGuide(g, anchors).map((p) => `${g.file}: ${p}`));
  return problems;
}

function checkPlanGuide(g: LoadedPlanGuide, anchors: Map<string, Set<string>>): string[] {
  const problems: string[] = [];
  const expected = `step-${String(g.meta.step).padStart(2, "0")}.mdx`;
  if (!g.file.endsWith(expected)) problems.push(`step ${g.meta.step} does not match the file name (expected ${expected})`);

  const sections = [...g.body.matchAll(/^##\s+(.+?)\s*$/gm)].map((m) => m[1]!);
  if (sections.join("|") !== PLAN_GUIDE_SECTIONS.join("|")) {
    problems.push(`must have exactly the sections ${PLAN_GUIDE_SECTIONS.map((s) => `"## ${s}"`).join(", ")} in that order (found ${sections.map((s) => `"${s}"`).join(", ") || "none"})`);
  }
  for (const m of g.body.matchAll(/<([A-Za-z][A-Za-z0-9]*)/g)) problems.push(`uses <${m[1]}>: step guidance is plain Markdown`);

  for (const m of g.body.matchAll(/\]\(([^)\s]*)\)/g)) {
    const problem = linkProblem(m[1]!, anchors);
    if (problem) problems.push(problem);
  }
  const lessons = g.body.split(/^## Lessons that teach it\s*$/m)[1] ?? "";
  if (!/\]\(\/learn\/[a-z0-9-]+#[a-z0-9-]+\)/.test(lessons)) problems.push(`"## Lessons that teach it" links to no chapter section`);

  const words = countWords(mdxToPlainText(g.body));
  if (words < PLAN_GUIDE_MIN_WORDS || words > PLAN_GUIDE_MAX_WORDS) problems.push(`has ${words} words; step guidance needs ${PLAN_GUIDE_MIN_WORDS} to ${PLAN_GUIDE_MAX_WORDS}`);
  return problems;
}

function linkProblem(href: string, anchors: Map<string, Set<string>>): string | null {
  if (/^https:\/\/[^\s]+$/.test(href)) return null;
  if (href === "/learn/plan" || href === "/learn/levers" || href === "/learn/model") return null;
  const lesson = /^\/learn\/([a-z0-9-]+)(?:#([a-z0-9-]+))?$/.exec(href);
  if (!lesson) return `link ${href} is neither a lesson section nor an https address`;
  const headings = anchors.get(lesson[1]!);
  if (!headings) return `link ${href} names no chapter`;
  if (!lesson[2]) return `link ${href} must point at a section (add #heading-anchor)`;
  if (!headings.has(lesson[2])) return `link ${href}: chapter "${lesson[1]}" has no section "#${lesson[2]}"`;
  return null;
}
