// Every guide, glossary and content file as the build sees it, plus the checker's own behaviour.
import { describe, expect, it } from "vitest";
import { LEVER_IDS, PLAN_STEPS } from "../../server/content/ids";
import { loadContent } from "../../server/content/load";
import { BOOK_CHAPTER_OF_GUIDE } from "../../server/content/ids";
import { checklistItems } from "../../server/domain/checklist";
import { MAX_WORDS, MIN_WORDS, checkContent } from "../../server/content/content-checks";
import { quizBalance } from "../../server/content/quiz-balance";
import { countWords, mdxToPlainText } from "../../server/content/content-text";

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

  it("names each guide's book chapter, following the card-to-book map", () => {
    expect(content.chapters.map((c) => c.meta.bookChapter)).toEqual(content.chapters.map((c) => BOOK_CHAPTER_OF_GUIDE[c.meta.number]));
  });

  it("gives quizzes whose right answers cannot be found by position, length, count or wording, with margin", () => {
    const b = quizBalance(content.chapters.flatMap((c) => c.meta.quiz));
    expect(b.questions).toBeGreaterThanOrEqual(50);
    expect(b.multiple.questions).toBeGreaterThanOrEqual(30);
    // Margin: well inside the significance-0.01 limits the build enforces.
    expect(b.position.x2).toBeLessThan(b.position.critical / 2);
    expect(b.lengthRank.x2).toBeLessThan(b.lengthRank.critical / 2);
    expect(Math.abs(b.multiple.lengthRank.z)).toBeLessThan(b.multiple.lengthRank.critical / 2);
    expect(Math.abs(b.absolute.z)).toBeLessThan(b.absolute.critical / 2);
    expect(b.hedged.passes).toBe(true);
    expect(b.multiple.correctCount.passes && b.multiple.wrongCount.passes).toBe(true);
  });

  it("has one checklist per guide whose items have distinct keys", () => {
    for (const c of content.chapters) {
      const { items, problems } = checklistItems(c.body);
      expect(problems, c.file).toEqual([]);
      expect(items.length, c.file).toBeGreaterThanOrEqual(3);
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

  it("fails when the right answer sits first in every single-choice question", () => {
    const chapters = content.chapters.map((c) => ({
      ...c,
      meta: { ...c.meta, quiz: c.meta.quiz.map((q) => ({ ...q, options: [...q.options].sort((a, b) => Number(b.correct) - Number(a.correct)) })) },
    }));
    const problems = checkContent({ ...content, chapters });
    expect(problems.join("\n")).toMatch(/authored position is far from chance .*observed \d+, 0, 0, 0.*significance 0.01/);
  });

  it("fails when the right answer is padded to be the longest everywhere", () => {
    const chapters = content.chapters.map((c) => ({
      ...c,
      meta: { ...c.meta, quiz: c.meta.quiz.map((q) => ({ ...q, options: q.options.map((o) => (o.correct ? { ...o, text: `${o.text} ${"and more ".repeat(30)}` } : o)) })) },
    }));
    expect(checkContent({ ...content, chapters }).join("\n")).toMatch(/correct option's length rank is far from chance .*observed \d+, 0, 0, 0/);
  });

  it("fails when ticking every multiple-choice option but the shortest is always right", () => {
    const chapters = content.chapters.map((c) => ({
      ...c,
      meta: {
        ...c.meta,
        quiz: c.meta.quiz.map((q) => {
          if (q.kind !== "multiple") return q;
          const shortest = Math.min(...q.options.map((o) => o.text.length));
          return { ...q, options: q.options.map((o) => ({ ...o, correct: o.text.length > shortest })) };
        }),
      },
    }));
    const problems = checkContent({ ...content, chapters }).join("\n");
    expect(problems).toMatch(/multiple-choice questions the correct options are longer than the wrong ones/);
    expect(problems).toMatch(/have exactly 1 wrong option; at most 60% may share one count/);
  });

  it("checks the book chapter named in the frontmatter", () => {
    expect(broken((b) => b, { bookChapter: 4 })).toContain("content/chapters/ch01.mdx: bookChapter is 4, but guide 1 covers book chapter 1");
  });

  it("requires the closing sections in order", () => {
    const problems = broken((b) => b.replace("## Pitfalls", "## Things that go wrong"));
    expect(problems.some((p) => p.includes("must end with the sections"))).toBe(true);
  });
});

describe("the plan-step guidance", () => {
  const guide = (step: number) => content.planGuides.find((g) => g.meta.step === step)!;
  const withGuide = (step: number, edit: (body: string) => string, file?: string) =>
    checkContent({ ...content, planGuides: content.planGuides.map((g) => (g.meta.step === step ? { ...g, file: file ?? g.file, body: edit(g.body) } : g)) });

  it("has one guide per step, each linking to chapter sections", () => {
    expect(content.planGuides.map((g) => g.meta.step)).toEqual([...PLAN_STEPS]);
    for (const g of content.planGuides) expect(g.body, g.file).toMatch(/\]\(\/learn\/[a-z0-9-]+#[a-z0-9-]+\)/);
  });

  it("fails on a link to a section that does not exist, naming the file", () => {
    const problems = withGuide(3, (b) => b.replace("#data-formats", "#data-formatz"));
    expect(problems).toContain('content/plan/step-03.mdx: link /learn/data-engineering-foundations#data-formatz: chapter "data-engineering-foundations" has no section "#data-formatz"');
  });

  it("fails on a link to an unknown chapter or one without a section", () => {
    const problems = withGuide(1, (b) => `${b}\n- [x](/learn/no-such-chapter#intro)\n- [y](/learn/training-data)`);
    expect(problems).toContain("content/plan/step-01.mdx: link /learn/no-such-chapter#intro names no chapter");
    expect(problems).toContain("content/plan/step-01.mdx: link /learn/training-data must point at a section (add #heading-anchor)");
  });

  it("requires the four sections in order", () => {
    const problems = withGuide(2, (b) => b.replace("## Common mistakes", "## Pitfalls"));
    expect(problems.some((p) => p.startsWith("content/plan/step-02.mdx: must have exactly the sections"))).toBe(true);
  });

  it("requires a lesson link under the last section, plain Markdown and a matching file name", () => {
    const noLessons = withGuide(4, (b) => b.replace(/## Lessons that teach it[\s\S]*$/, "## Lessons that teach it\n\nRead the chapter.\n"));
    expect(noLessons).toContain('content/plan/step-04.mdx: "## Lessons that teach it" links to no chapter section');
    expect(withGuide(5, (b) => `${b}\n<Callout>hi</Callout>`)).toContain("content/plan/step-05.mdx: uses <Callout>: step guidance is plain Markdown");
    expect(withGuide(6, (b) => b, "content/plan/step-07.mdx").join("\n")).toContain("step 6 does not match the file name (expected step-06.mdx)");
  });

  it("requires exactly one guide per step", () => {
    const problems = checkContent({ ...content, planGuides: content.planGuides.filter((g) => g.meta.step !== 9) });
    expect(problems).toContain("content/plan: step 9 needs exactly one guidance file (found 0)");
    expect(guide(1).meta.summary.length).toBeGreaterThan(20);
  });
});
