// Every guide, glossary and content file as the build sees it, plus the checker's own behaviour.
import { describe, expect, it } from "vitest";
import { LEVER_IDS, PLAN_STEPS } from "../../server/content/ids";
import { loadContent } from "../../server/content/load";
import { MAX_WORDS, MIN_WORDS, checkContent } from "../../server/domain/content-checks";
import { countWords, mdxToPlainText } from "../../server/domain/content-text";

const content = loadContent();

describe("the authored content", () => {
  it("has fifteen guides, ch01 to ch15, with unique slugs", () => {
    expect(content.chapters.map((c) => c.meta.number)).toEqual([...Array(15)].map((_, i) => i + 1));
    expect(new Set(content.chapters.map((c) => c.meta.slug)).size).toBe(15);
  });

  it.each(content.chapters.map((c) => [c.file, c] as const))("%s: length, quiz and sections", (_file, c) => {
    const words = countWords(mdxToPlainText(c.body));
    expect(words).toBeGreaterThanOrEqual(MIN_WORDS);
    expect(words).toBeLessThanOrEqual(MAX_WORDS);
    expect(c.meta.quiz.length).toBeGreaterThanOrEqual(5);
    expect(c.meta.objectives.length).toBeGreaterThanOrEqual(3);
    expect(c.body).toMatch(/^## Pitfalls/m);
    expect(c.body).toMatch(/^## Apply it to your project/m);
    expect(c.body).toMatch(/<Step n=\{\d+\}>/);
    expect(c.body).toMatch(/^## Further reading/m);
  });

  it("teaches every design lever and every plan step somewhere", () => {
    for (const lever of LEVER_IDS) expect(content.chapters.some((c) => c.meta.levers.includes(lever)), lever).toBe(true);
    for (const step of PLAN_STEPS) expect(content.chapters.some((c) => c.meta.steps.includes(step)), `step ${step}`).toBe(true);
  });

  it("defines at least 80 glossary terms, each used by a chapter", () => {
    const terms = content.glossary.flatMap((g) => g.entries);
    expect(terms.length).toBeGreaterThanOrEqual(80);
    for (const term of terms) {
      expect(content.chapters.some((c) => c.body.includes(`<Term id="${term.id}"`)), term.id).toBe(true);
    }
  });

  it("passes every cross-file check", () => {
    expect(checkContent(content)).toEqual([]);
  });
});

describe("the content checker", () => {
  const broken = (edit: (body: string) => string, meta: Partial<(typeof content.chapters)[number]["meta"]> = {}) => {
    const [first, ...rest] = content.chapters;
    return checkContent({ ...content, chapters: [{ ...first!, meta: { ...first!.meta, ...meta }, body: edit(first!.body) }, ...rest] });
  };

  it("names the file and the problem for an unknown lever, term, step or chapter", () => {
    const problems = broken((b) => `${b}\n<Lever id="vibes">x</Lever> <Term id="nope">y</Term> <Step n={11}>z</Step> <Chapter n={16}>w</Chapter>`);
    expect(problems.join("\n")).toContain('content/chapters/ch01.mdx: <Lever id="vibes"> is not a lever or condition id');
    expect(problems.join("\n")).toContain('<Term id="nope"> is not a glossary term');
    expect(problems.join("\n")).toContain("<Step n={11}> is not a plan step");
    expect(problems.join("\n")).toContain("<Chapter n={16}> is not a chapter");
  });

  it("finds broken internal links and unknown components", () => {
    const problems = broken((b) => `${b}\n[gone](/learn/no-such-chapter) <Marquee>hi</Marquee>`);
    expect(problems).toContain("content/chapters/ch01.mdx: broken internal link /learn/no-such-chapter");
    expect(problems).toContain("content/chapters/ch01.mdx: unknown component <Marquee>");
  });

  it("requires the closing sections in order", () => {
    const problems = broken((b) => b.replace("## Pitfalls", "## Things that go wrong"));
    expect(problems.some((p) => p.includes("must end with the sections"))).toBe(true);
  });
});
