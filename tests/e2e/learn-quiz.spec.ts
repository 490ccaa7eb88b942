// A quiz answered with the keyboard alone: options in the reader's own attempt order (stable on
// reload), grading by option id, focus on the result, feedback per chosen option, and "Mark
// complete" reachable from the result.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

const correctIds = async (slug: string) => {
  const { getCatalog } = await import("../../server/content/catalog");
  const chapter = getCatalog().chapters.find((c) => c.slug === slug)!;
  return { total: chapter.quiz.length, correct: new Set(chapter.quiz.flatMap((q) => q.options.filter((o) => o.correct).map((o) => `${q.id}-${o.id}`))) };
};

async function shownOrder(page: Page) {
  return page.locator('form[aria-label="Chapter quiz"] input').evaluateAll((inputs) => inputs.map((i) => i.id));
}

async function active(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return { tag: el?.tagName ?? "", type: el?.type ?? "", id: el?.id ?? "", name: el?.name ?? "", text: el?.textContent ?? "" };
  });
}

test("a reader answers a quiz by keyboard only and lands on the result", async ({ page }) => {
  const slug = "training-data";
  const { total, correct } = await correctIds(slug);
  await signIn(page, "sam@demo.causeway.dev", "causeway-demo");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();

  await page.goto(`/learn/${slug}`);
  const quiz = page.getByRole("form", { name: "Chapter quiz" });
  await expect(quiz).toHaveAttribute("data-attempt", /\d+/);
  const order = await shownOrder(page);
  await page.reload();
  await expect(quiz).toHaveAttribute("data-attempt", /\d+/);
  expect(await shownOrder(page)).toEqual(order);

  // Keyboard only from here: focus the first option, then Tab, Space and arrow keys.
  await quiz.locator("input").first().focus();
  const radiosDone = new Set<string>();
  for (let step = 0; step < 200; step++) {
    const el = await active(page);
    if (el.tag === "BUTTON") break;
    if (el.type === "radio" && !radiosDone.has(el.name)) {
      radiosDone.add(el.name);
      // Tab lands on the group's first radio; Space checks it, ArrowDown moves the choice along.
      await page.keyboard.press("Space");
      const group = order.filter((id) => id.startsWith(`${el.name}-`));
      const target = group.findIndex((id) => correct.has(id));
      for (let i = group.indexOf(el.id); i < target; i++) await page.keyboard.press("ArrowDown");
    } else if (el.type === "checkbox" && correct.has(el.id)) {
      await page.keyboard.press("Space");
    }
    await page.keyboard.press("Tab");
  }
  const submit = await active(page);
  expect(submit.text).toBe("Check answers");
  await page.keyboard.press("Enter");

  const result = page.getByTestId("quiz-result");
  await expect(result).toBeFocused();
  await expect(result.getByRole("heading")).toHaveText(`Score: ${total} of ${total}`);
  await expect(quiz.getByRole("status")).toHaveText(new RegExp(`Score: ${total} of ${total}`));
  await expect(quiz.getByText("✓ Your answer, correct.").first()).toBeVisible();
  await expect(quiz.getByText(/Your answer, not correct/)).toHaveCount(0);

  // "Mark complete" is the next stop after the result.
  await page.keyboard.press("Tab");
  const mark = result.getByRole("button", { name: "Mark complete" });
  await expect(mark).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(result.getByText("Chapter marked complete.")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /^Completed/ })).toBeVisible();

  // Trying again starts the next attempt.
  const attempt = Number(await quiz.getAttribute("data-attempt"));
  await result.getByRole("button", { name: "Try again" }).press("Enter");
  await expect(quiz).toHaveAttribute("data-attempt", String(attempt + 1));
});

test("a glossary term opens its definition in place on a phone-sized screen", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto("/learn/training-data");
  const term = page.locator("article").getByRole("button", { name: /show definition/ }).first();
  await term.tap();
  const popover = page.getByRole("dialog");
  await expect(popover).toBeVisible();
  await expect(popover.getByRole("link", { name: "Open in the glossary" })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe("/learn/training-data");
  await page.keyboard.press("Escape");
  await expect(popover).toHaveCount(0);
  await context.close();
});

test("by keyboard, Enter opens a term's definition with focus inside, and Escape returns focus to the term", async ({ page }) => {
  await page.goto("/learn/training-data");
  const term = page.locator("article").getByRole("button", { name: /show definition/ }).first();
  await term.focus();
  await page.keyboard.press("Enter");
  const popover = page.getByRole("dialog");
  await expect(popover).toBeVisible();
  await expect(popover.getByRole("link", { name: "Open in the glossary" })).toBeVisible();
  await expect.poll(() => popover.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  await page.keyboard.press("Escape");
  await expect(popover).toHaveCount(0);
  await expect(term).toBeFocused();
  // Once loaded, the term keeps opening and closing.
  await page.keyboard.press("Enter");
  await expect(popover).toBeVisible();
});

test("checklist ticks are saved per reader and survive a reload", async ({ page }) => {
  await signIn(page, "priya@demo.causeway.dev", "causeway-demo");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await page.goto("/learn/training-data");
  const list = page.getByRole("list", { name: "Apply it checklist" });
  await expect(page.getByText(/of \d+ done · saved to your account/)).toBeVisible();
  const second = list.getByRole("checkbox").nth(1);
  await second.check();
  await expect(page.getByText(/^1 of \d+ done · saved to your account/)).toBeVisible();
  await page.reload();
  await expect(page.getByText(/^1 of \d+ done/)).toBeVisible();
  await expect(list.getByRole("checkbox").nth(1)).toBeChecked();
  await expect(list.getByRole("checkbox").first()).not.toBeChecked();
});
