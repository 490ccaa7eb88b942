import { expect, test } from "@playwright/test";
import { expectHeading, signIn } from "./support";

test("a seeded demo user signs in, edits and archives a project, switches workspace and signs out", async ({ page }) => {
  await signIn(page, "maya@demo.causeway.dev", "causeway-demo");
  await expectHeading(page, "Your workspaces");
  await page.getByRole("link", { name: /Northwind Payments ML/ }).click();
  // A workspace opens on the person's home page, the Dashboard.
  await expectHeading(page, "Dashboard");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Projects" }).click();
  await expectHeading(page, "Projects");
  await expect(page.getByRole("link", { name: "Card fraud detection" })).toBeVisible();

  // Rename and move a project to a new stage.
  await page.getByRole("link", { name: "Search ranking refresh" }).click();
  await expectHeading(page, "Search ranking refresh");
  await page.getByLabel("Project name").fill("Learned search ranking");
  await page.getByLabel("Stage").selectOption("EXPLORATION");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expectHeading(page, "Learned search ranking");

  // Archive it: it leaves the active list and shows under archived.
  await page.getByRole("button", { name: "Archive project" }).click();
  await expect(page.getByRole("button", { name: "Restore project" })).toBeVisible();
  await page.getByRole("link", { name: "← All projects" }).click();
  await expect(page.getByRole("link", { name: "Learned search ranking" })).toHaveCount(0);
  await page.getByLabel("Show archived").check();
  await expect(page.getByRole("link", { name: "Learned search ranking" })).toBeVisible();

  // The Dashboard is the member's home page.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { name: "Projects at a glance" })).toBeVisible();

  // Switch workspace.
  await page.getByRole("button", { name: /^Workspace: Northwind Payments ML/ }).click();
  await page.getByRole("menuitem", { name: "Research Sandbox" }).click();
  // Switching keeps the section the user was in.
  await expect(page).toHaveURL(/\/w\/sandbox\/dashboard$/);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Projects" }).click();
  await expect(page).toHaveURL(/\/w\/sandbox\/projects$/);
  await expect(page.getByRole("link", { name: "LLM support triage" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expectHeading(page, "Sign in");
  await page.goto("/w/northwind/projects");
  await expectHeading(page, "Sign in");
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  await signIn(page, "theo@demo.causeway.dev", "not the password");
  await expect(page.getByText("Email or password is incorrect.")).toBeVisible();
});
