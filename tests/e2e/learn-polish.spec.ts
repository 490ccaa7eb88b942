// What a reader of the Learn pages would notice: the path's next-chapter button on a phone, the
// discipline names, search snippets and empty searches, quiz questions inside their cards, and
// lesson callouts and diagrams as a screen reader meets them.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectInsideWindow, expectNoAxeViolations, expectNoSidewaysScroll, PHONE, signInAsDemo } from "./new-user-support";

/** Every chapter guide's slug, from the same catalogue the pages are built from. */
async function lessons(): Promise<string[]> {
  const { getCatalog } = await import("../../server/content/catalog");
  return getCatalog().chapters.map((c) => c.slug);
}

/** How the element is laid out: its line boxes, height and line height. */
function layoutOf(locator: Locator) {
  return locator.evaluate((el) => ({
    fragments: el.getClientRects().length,
    height: el.getBoundingClientRect().height,
    lineHeight: parseFloat(getComputedStyle(el).lineHeight),
  }));
}

test.describe("the next-chapter button on the workspace Learn page", () => {
  test("on a phone it wraps inside one button instead of tearing across two lines", async ({ page }) => {
    await page.setViewportSize(PHONE);
    await signInAsDemo(page, "maya");
    await page.goto("/w/northwind/learn");
    const next = page.getByRole("link", { name: /^(Start|Continue) with chapter \d+: / });
    await expect(next).toBeVisible();
    const layout = await layoutOf(next);
    expect(layout.height, "the title is long enough to wrap at 390 px").toBeGreaterThan(layout.lineHeight * 1.5);
    expect(layout.fragments, "one box, not one piece per line").toBe(1);
    await expectInsideWindow(page, next);
    await expectNoSidewaysScroll(page);
  });

  test("on a desktop it stays on one line", async ({ page }) => {
    await signInAsDemo(page, "maya");
    await page.goto("/w/northwind/learn");
    const next = page.getByRole("link", { name: /^(Start|Continue) with chapter \d+: / });
    const layout = await layoutOf(next);
    expect(layout.fragments).toBe(1);
    expect(layout.height).toBeLessThan(layout.lineHeight * 2 + 24);
  });
});

test("discipline names keep their casing in a lesson's header and on the path page", async ({ page }) => {
  await page.goto("/learn/overview-of-ml-systems");
  const audience = page.getByText(/min read · Most useful for: /);
  await expect(audience).toContainText("ML engineer");
  await expect(audience).toContainText("Data scientist");
  await expect(audience).not.toContainText("ml engineer");

  await signInAsDemo(page, "maya");
  await page.goto("/w/northwind/learn");
  await expect(page.getByLabel("Learning path").locator("option", { hasText: "ML engineer" })).toHaveCount(1);
  await expect(page.getByRole("table")).not.toContainText(/\bml engineer\b/);
});

test.describe("lesson search", () => {
  async function search(page: Page, query: string) {
    await page.getByLabel("Search lessons and glossary").fill(query);
  }

  test("snippets read as prose: no space before punctuation, no list dashes", async ({ page }) => {
    await page.goto("/learn/search");
    for (const query of ["quality", "canary", "feature store"]) {
      await search(page, query);
      await expect(page.getByRole("status")).toHaveText(/^[1-9]\d* results? in/);
      const snippets = await page.locator("ol > li > p:last-child").allInnerTexts();
      expect(snippets.length).toBeGreaterThan(0);
      for (const s of snippets) expect(s, `snippet for "${query}"`).not.toMatch(/\s[.,;:!?)]|\(\s|(^|[.:;]\s)-\s/);
    }
    await search(page, "quality");
    await expect(page.getByText("feature engineering, and carry the train-serve items").first()).toBeVisible();
  });

  test("a misspelt search offers the glossary term it resembles", async ({ page }) => {
    await page.goto("/learn/search");
    await search(page, "drfit");
    await expect(page.getByRole("status")).toHaveText(/^0 results/);
    await expect(page.getByRole("heading", { name: "Nothing matches “drfit”" })).toBeVisible();
    await page.getByRole("button", { name: "Search for Concept drift" }).click();
    await expect(page.getByLabel("Search lessons and glossary")).toHaveValue("Concept drift");
    await expect(page.getByRole("link", { name: "Concept drift", exact: true })).toBeVisible();
  });

  test("a search that matches nothing at all suggests starting terms and the chapters", async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto("/learn/search");
    await search(page, "blockchain");
    await expect(page.getByRole("heading", { name: "Nothing matches “blockchain”" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Search for Label shift" })).toBeVisible();
    const chapters = page.getByRole("list", { name: "Chapters" }).getByRole("link");
    await expect(chapters).toHaveCount((await lessons()).length);
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page);
    await chapters.filter({ hasText: "Training Data" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Training Data" })).toBeVisible();
  });
});

/** Every question's legend lies inside its card, below the top border, on every lesson. */
async function expectQuestionsInsideCards(page: Page, slug: string) {
  await page.goto(`/learn/${slug}`);
  const questions = page.getByRole("form", { name: "Chapter quiz" }).locator("fieldset");
  await expect(questions.first()).toBeVisible();
  const boxes = await questions.evaluateAll((sets) =>
    sets.map((set) => {
      const legend = set.querySelector("legend")!;
      const card = set.getBoundingClientRect();
      const q = legend.getBoundingClientRect();
      return {
        text: legend.textContent!.slice(0, 40),
        below: q.top - (card.top + parseFloat(getComputedStyle(set).borderTopWidth)),
        insideLeft: q.left >= card.left,
        insideRight: q.right <= card.right,
        lines: q.height / parseFloat(getComputedStyle(legend).lineHeight),
      };
    }),
  );
  for (const b of boxes) {
    expect(b.below, `"${b.text}…" starts below its card's border on ${slug}`).toBeGreaterThanOrEqual(0);
    expect(b.insideLeft && b.insideRight, `"${b.text}…" fits across its card`).toBe(true);
  }
  return boxes;
}

test("on a phone, every lesson's quiz questions sit inside their cards, however many lines they take", async ({ page }) => {
  await page.setViewportSize(PHONE);
  let wrapped = 0;
  for (const slug of await lessons()) {
    const boxes = await expectQuestionsInsideCards(page, slug);
    wrapped += boxes.filter((b) => b.lines > 1.5).length;
  }
  expect(wrapped, "questions that wrap to two lines or more were checked").toBeGreaterThan(10);
});

test("on a desktop, long quiz questions sit inside their cards", async ({ page }) => {
  const boxes = await expectQuestionsInsideCards(page, "epilogue");
  expect(boxes.some((b) => b.lines > 1.5)).toBe(true);
});

test("a lesson's callouts are named notes and its diagrams are images named by their description", async ({ page }) => {
  await page.goto("/learn/overview-of-ml-systems");
  // Not page landmarks: the landmark list holds no run of identical "Key idea" entries.
  await expect(page.getByRole("complementary", { name: "Key idea" })).toHaveCount(0);
  expect(await page.getByRole("note", { name: "Key idea" }).count()).toBeGreaterThanOrEqual(2);
  await expect(page.getByRole("note", { name: "Agree on the numbers before the modelling starts" })).toBeVisible();

  const diagram = page.getByRole("img", { name: /^Diagram with a small central box labelled model/ });
  await expect(diagram).toBeVisible();
  expect(await diagram.evaluate((el) => el.tagName.toLowerCase())).toBe("svg");
  // The visible caption names the figure.
  await expect(page.getByRole("figure", { name: /^A production ML system: the trained model is one box among many/ })).toBeVisible();

  // Every diagram in every lesson has a name.
  for (const slug of await lessons()) {
    await page.goto(`/learn/${slug}`);
    const unnamed = await page.locator("figure svg").evaluateAll((svgs) => svgs.filter((s) => s.getAttribute("role") !== "img" || !s.getAttribute("aria-label")?.trim()).length);
    expect(unnamed, `unnamed diagrams on ${slug}`).toBe(0);
  }
});
