import { expect, test } from "@playwright/test";
import { signIn } from "./support";

test("a lesson's Apply it opens the same plan step of the reader's own design document", async ({ page }) => {
  await signIn(page, "priya@demo.causeway.dev", "causeway-demo");
  await expect(page).toHaveURL(/\/w\//); // signed in (one workspace: home forwards to it)
  await page.goto("/learn/training-data");
  const apply = page.getByRole("region", { name: "Apply it in your projects" });
  await expect(apply).toContainText("Open step 4");
  await apply.getByRole("link").first().click(); // the most recently changed of their projects
  await expect(page).toHaveURL(/\/projects\/[^/]+\/design\/4$/);
  await expect(page.getByRole("heading", { level: 1, name: /^4\. / })).toBeVisible();
});

test("a signed-out reader sees the lesson without project links", async ({ page }) => {
  await page.goto("/learn/training-data");
  await expect(page.getByRole("heading", { level: 2, name: "Apply it to your project" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Apply it in your projects" })).toHaveCount(0);
});
