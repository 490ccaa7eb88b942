import { expect, test, type Page } from "@playwright/test";
import { expectHeading, signIn } from "./support";

/** Maya (two workspaces) signs in, opens Northwind, goes to Projects and the fraud project's design document. */
async function openFraudDesignDocument(page: Page) {
  await signIn(page, "maya@demo.causeway.dev", "causeway-demo");
  await expectHeading(page, "Your workspaces");
  await page.getByRole("link", { name: /Northwind Payments ML/ }).click();
  await expectHeading(page, "Dashboard"); // a workspace opens on the home page
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Projects" }).click();
  await expectHeading(page, "Projects");
  await page.getByRole("link", { name: "Card fraud detection" }).click();
  await page.getByRole("navigation", { name: "Project sections" }).getByRole("link", { name: "Design document" }).click();
  await expect(page).toHaveURL(/\/design$/);
}

test("step 1 of the design document shows the objectives the project tracks and how they stand", async ({ page }) => {
  await openFraudDesignDocument(page);
  await page.goto(`${page.url()}/1`);
  const tracked = page.getByRole("region", { name: "Objectives tracked for this project" });
  await expect(tracked).toContainText("Cut monthly chargeback losses from card fraud by a third");
  await expect(tracked).toContainText(/proxied by/);
  await tracked.getByRole("link", { name: "Check-ins and charts on the Alignment page" }).click();
  await expect(page).toHaveURL(/\/alignment$/);
});

test("a step other than 1 does not show the objectives panel", async ({ page }) => {
  await openFraudDesignDocument(page);
  await page.goto(`${page.url()}/2`);
  await expect(page.getByRole("heading", { level: 1, name: /^2\. / })).toBeVisible();
  await expect(page.getByRole("region", { name: "Objectives tracked for this project" })).toHaveCount(0);
});
