// axe-core on the design document and alignment pages: nothing of moderate impact or worse.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./new-user-support";
import { signIn } from "./support";

test("design contents, a design step and both alignment pages have no moderate or worse axe violations", async ({ page }) => {
  test.setTimeout(180_000); // five axe runs on a busy 2-core machine
  await signIn(page, "maya@demo.causeway.dev", "causeway-demo");
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"), { timeout: 30_000 });
  await page.goto("/w/northwind/projects");
  await page.getByRole("link", { name: "Card fraud detection" }).click();
  await expect(page).toHaveURL(/\/projects\/[^/]+$/);
  const projectUrl = page.url();
  await page.goto(`${projectUrl}/design`);
  await expect(page.getByRole("list", { name: "Sections" })).toBeVisible();
  await expectNoAxeViolations(page);
  for (const step of [1, 6]) {
    await page.goto(`${projectUrl}/design/${step}`);
    await expect(page.getByTestId("save-status")).toBeVisible();
    await expectNoAxeViolations(page);
  }
  await page.goto(`${projectUrl}/alignment`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/w/northwind/alignment");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
});
