// The design step page: leaving with unsaved changes asks first (links and the back button), a
// phone shows it without sideways scrolling, and the step's guidance is on the page.
import { expect, test, type Page } from "@playwright/test";
import { PHONE } from "./new-user-support";
import { signIn } from "./support";

async function fraudDesignUrl(page: Page) {
  await page.goto("/w/northwind/projects");
  await page.getByRole("link", { name: "Card fraud detection" }).click();
  await page.getByRole("navigation", { name: "Project sections" }).getByRole("link", { name: "Design document" }).click();
  await expect(page).toHaveURL(/\/design$/);
  return page.url();
}

test("leaving a step with unsaved changes asks first, through a link and through the back button", async ({ page }) => {
  await signIn(page, "theo@demo.causeway.dev", "causeway-demo");
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"), { timeout: 30_000 });
  await page.goto("/w/northwind/projects");
  await page.getByLabel("Project name").fill(`Leave e2e ${Date.now()}`);
  await page.getByRole("button", { name: "Create project" }).click();
  await page.getByRole("link", { name: /^Leave e2e/ }).click();
  await expect(page).toHaveURL(/\/projects\/[^/]+$/);
  const projectUrl = page.url();
  await page.getByTestId("design-step-2").click();
  await expect(page.getByRole("heading", { level: 1, name: /^2\. / })).toBeVisible();
  const stepUrl = page.url();

  // Saves never answer, so the change stays unsaved.
  await page.route("**/api/trpc/design.saveSection**", () => {});
  await page.getByLabel("Notes (Markdown)").fill("Words not saved yet.");
  await expect(page.getByTestId("save-status")).not.toHaveText(/All changes saved/);

  const dialogs: string[] = [];
  let answer = false;
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void (answer ? d.accept() : d.dismiss());
  });

  await page.getByRole("link", { name: /All ten steps/ }).click();
  await expect.poll(() => dialogs.length).toBe(1);
  expect(dialogs[0]).toContain("not saved yet");
  await expect(page).toHaveURL(stepUrl);
  await expect(page.getByLabel("Notes (Markdown)")).toHaveValue("Words not saved yet.");

  await page.evaluate(() => history.back());
  await expect.poll(() => dialogs.length).toBe(2);
  await expect(page).toHaveURL(stepUrl);
  await expect(page.getByLabel("Notes (Markdown)")).toHaveValue("Words not saved yet.");

  // Asked again on a second Back (the guard is put back after "stay"), and this time we leave.
  answer = true;
  await page.evaluate(() => history.back());
  await expect.poll(() => dialogs.length).toBe(3);
  await expect(page).toHaveURL(projectUrl);
});

test("nothing asks when every change is saved", async ({ page }) => {
  await signIn(page, "theo@demo.causeway.dev", "causeway-demo");
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"), { timeout: 30_000 });
  const designUrl = await fraudDesignUrl(page);
  await page.goto(`${designUrl}/3`);
  let asked = 0;
  page.on("dialog", (d) => {
    asked++;
    void d.dismiss();
  });
  await page.getByRole("link", { name: /All ten steps/ }).click();
  await expect(page).toHaveURL(designUrl);
  expect(asked).toBe(0);
});

test("on a 390 px phone, step 1 and the contents page are no wider than the screen", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await signIn(page, "maya@demo.causeway.dev", "causeway-demo");
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"), { timeout: 30_000 });
  const designUrl = await fraudDesignUrl(page);
  const width = () => page.evaluate(() => document.documentElement.scrollWidth);
  expect(await width(), "contents page").toBeLessThanOrEqual(390);
  await page.goto(`${designUrl}/1`);
  await expect(page.getByRole("heading", { level: 1, name: /^1\. / })).toBeVisible();
  await expect(page.getByTestId("save-status")).toBeVisible();
  expect(await width(), "step 1").toBeLessThanOrEqual(390);
  // The wide table scrolls inside its own box instead.
  const scroller = page.locator("table").first().locator("xpath=..");
  const box = await scroller.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
});

test("each step shows its guidance with links to the lesson sections that teach it", async ({ page }) => {
  await signIn(page, "priya@demo.causeway.dev", "causeway-demo");
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"), { timeout: 30_000 });
  const designUrl = await fraudDesignUrl(page);
  await page.goto(`${designUrl}/4`);
  const guidance = page.getByRole("region", { name: "Guidance for step 4" });
  await expect(guidance.getByRole("heading", { name: "Common mistakes" })).toBeVisible();
  await guidance.getByRole("link", { name: "Class imbalance" }).click();
  await expect(page).toHaveURL(/\/learn\/training-data#class-imbalance$/);
  await expect(page.locator("#class-imbalance")).toBeVisible();
});
