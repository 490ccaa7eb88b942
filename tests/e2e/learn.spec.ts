import { expect, test } from "@playwright/test";
import { expectHeading, signIn, signUp, uniqueEmail } from "./support";

test("a new member follows their path, reads a chapter, passes its quiz, and an admin sees it", async ({ page, browser }) => {
  // The demo admin creates an invite link.
  await signIn(page, "theo@demo.causeway.dev", "causeway-demo");
  await expectHeading(page, "Dashboard");
  await page.goto("/w/northwind/settings");
  await page.getByRole("button", { name: "Create invite link" }).click();
  const link = await page.getByLabel(/New invite link/).inputValue();

  // A new data scientist joins and sees the data scientist path.
  const context = await browser.newContext();
  const learner = await context.newPage();
  await learner.goto(link);
  await signUp(learner, "Lena Learner", uniqueEmail("lena"));
  await learner.getByLabel("Your discipline").selectOption("DATA_SCIENTIST");
  await learner.getByRole("button", { name: "Join workspace" }).click();
  await expectHeading(learner, "Dashboard");
  await learner.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Learn" }).click();
  await expect(learner.getByRole("heading", { name: "Your path: Data scientist" })).toBeVisible();

  // Switching path changes the list; switching back follows the discipline again.
  await learner.getByLabel("Learning path").selectOption("manager");
  await expect(learner.getByRole("heading", { name: "Your path: Manager" })).toBeVisible();
  await learner.getByLabel("Learning path").selectOption("");
  await expect(learner.getByRole("heading", { name: "Your path: Data scientist" })).toBeVisible();

  // Read the first chapter of the path.
  await learner.getByRole("link", { name: /^Start with chapter 1/ }).click();
  await expectHeading(learner, "Overview of Machine Learning Systems");
  await expect(learner.getByRole("status").filter({ hasText: "In progress" })).toBeVisible();

  // Clicking a glossary term shows its definition in place.
  await learner.locator("article").getByRole("button", { name: /show definition/ }).first().click();
  await expect(learner.getByRole("dialog")).toBeVisible();
  await learner.keyboard.press("Escape");

  // Answer the quiz: first option everywhere, then read the server's grading.
  const quiz = learner.getByRole("form", { name: "Chapter quiz" });
  for (const question of await quiz.locator("fieldset").all()) await question.locator("input").first().check();
  await quiz.getByRole("button", { name: "Check answers" }).click();
  await expect(quiz.getByText(/^Score: \d+ of \d+$/)).toBeVisible();
  await expect(quiz.getByText(/Your answer, (correct|not correct)\./).first()).toBeVisible();

  await quiz.getByTestId("quiz-result").getByRole("button", { name: "Mark complete" }).click();
  await expect(learner.getByRole("status").filter({ hasText: "Completed" })).toBeVisible();

  // The catalogue shows the chapter as completed, with the quiz score.
  await learner.goto("/learn");
  await expect(learner.getByRole("listitem").filter({ hasText: "1. Overview of Machine Learning Systems" })).toContainText(/Completed · quiz \d+\/\d+/);

  // Members do not see the team view.
  await learner.goto("/w/northwind/learn");
  await expect(learner.getByText("1 of 11 chapters completed")).toBeVisible();
  await expect(learner.getByRole("heading", { name: "Team onboarding" })).toHaveCount(0);
  await context.close();

  // The admin sees the new member's progress and quiz score.
  await page.goto("/w/northwind/learn");
  const row = page.getByRole("row").filter({ hasText: "Lena Learner" });
  await expect(row).toContainText("Data scientist");
  await expect(row).toContainText("1 of 11 completed");
  await expect(row).toContainText("%");
});

test("lesson search finds chapters and glossary terms", async ({ page }) => {
  await page.goto("/learn/search");
  await page.getByLabel("Search lessons and glossary").fill("label shift");
  await expect(page.getByRole("status")).toContainText(/\d+ results? in [\d.]+ ms/);
  await expect(page.getByRole("link", { name: "Label shift" }).first()).toBeVisible();
  // A lesson result names its guide and the book chapter it covers.
  await expect(page.getByRole("listitem").filter({ hasText: "Chapter 10: Data Distribution Shifts and Monitoring · Book ch. 8" }).first()).toBeVisible();
});

test("a lesson page is static HTML that carries the quiz questions but none of the answers", async ({ request }) => {
  const { getCatalog } = await import("../../server/content/catalog");
  const chapter = getCatalog().chapters.find((c) => c.number === 5)!;
  const html = await (await request.get(`/learn/${chapter.slug}`)).text();
  expect(html).toContain(chapter.quiz[0]!.options[0]!.text.slice(0, 30));
  for (const q of chapter.quiz) for (const o of q.options) expect(html).not.toContain(o.explanation.slice(0, 40));
  expect(html).not.toMatch(/"correct":\s*(true|false)/);
});
