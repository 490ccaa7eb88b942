// Feedback when something goes wrong: field errors in the label's words, a stale edit that keeps
// the user's typing, and branded pages for addresses that lead nowhere.
import { expect, test } from "@playwright/test";
import { ownerWithWorkspace, signInAsDemo } from "./new-user-support";
import { expectHeading } from "./support";

test("a refused field is named by its label, tied to its input, and focused", async ({ page }) => {
  await ownerWithWorkspace(page, "Faye Fields", "Field Lab");
  const name = page.getByLabel("Project name");
  // Passes the browser's length check, but the server trims it to one character.
  await name.fill(" a ");
  await page.getByRole("button", { name: "Create project" }).click();
  const message = page.getByText("Project name must be at least 2 characters.");
  await expect(message).toBeVisible();
  await expect(page.getByText(/^name:/)).toHaveCount(0);
  await expect(name).toHaveAttribute("aria-invalid", "true");
  const describedBy = (await name.getAttribute("aria-describedby")) ?? "";
  const messageId = await message.getAttribute("id");
  expect(describedBy.split(" ")).toContain(messageId);
  await expect(name).toBeFocused();
});

test("a stale edit keeps the user's typing, shows the current version, and applies theirs on top", async ({ page, context }) => {
  await ownerWithWorkspace(page, "Tara Tabs", "Two Tabs Lab");
  await page.getByLabel("Project name").fill("Ranking model");
  await page.getByRole("button", { name: "Create project" }).click();
  await page.getByRole("link", { name: "Ranking model" }).click();
  await expectHeading(page, "Ranking model");
  const other = await context.newPage();
  await other.goto(page.url());
  await expectHeading(other, "Ranking model");

  // The other tab changes the stage first.
  await other.getByLabel("Stage").selectOption("EXPLORATION");
  await other.getByRole("button", { name: "Save changes" }).click();
  await expect(other.getByText("Saved.")).toBeVisible();

  // This tab, opened before that save, edits the description.
  await page.getByLabel("Description").fill("My careful notes on ranking.");
  await page.getByRole("button", { name: "Save changes" }).click();
  const panel = page.getByRole("alert").filter({ hasText: "You changed this project in another tab or window" });
  await expect(panel).toBeVisible();
  await expect(panel).not.toContainText("Someone else");
  await expect(panel.getByRole("row", { name: /Description/ })).toContainText("My careful notes on ranking.");
  await expect(panel.getByRole("row", { name: /Stage/ })).toContainText("Exploration");
  await expect(page.getByLabel("Description")).toHaveValue("My careful notes on ranking.");

  await panel.getByRole("button", { name: "Apply mine on top" }).click();
  await expect(panel).toBeHidden();
  await page.reload();
  await expect(page.getByLabel("Description")).toHaveValue("My careful notes on ranking.");
  await expect(page.getByLabel("Stage")).toHaveValue("EXPLORATION");
});

test("a stale edit can be dropped in favour of the current version", async ({ page, context }) => {
  await ownerWithWorkspace(page, "Theo Theirs", "Drop Edit Lab");
  await page.getByLabel("Project name").fill("Churn model");
  await page.getByRole("button", { name: "Create project" }).click();
  await page.getByRole("link", { name: "Churn model" }).click();
  await expectHeading(page, "Churn model");
  const other = await context.newPage();
  await other.goto(page.url());
  await other.getByLabel("Project name").fill("Churn model v2");
  await other.getByRole("button", { name: "Save changes" }).click();
  await expectHeading(other, "Churn model v2");

  await page.getByLabel("Project name").fill("Churn scorer");
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.getByRole("button", { name: "Take theirs", exact: true }).click();
  await expect(page.getByLabel("Project name")).toHaveValue("Churn model v2");
  await expectHeading(page, "Churn model v2");
});

test("an unknown workspace or path shows a branded page with a way home", async ({ page }) => {
  await page.goto("/no/such/page");
  await expectHeading(page, "We could not find that page");
  await expect(page.getByRole("link", { name: "Go to the home page" })).toHaveAttribute("href", "/");

  await signInAsDemo(page, "priya");
  const response = await page.goto("/w/no-such-workspace/dashboard");
  expect(response?.status()).toBe(404);
  await expectHeading(page, "We could not find that page");
  await page.getByRole("link", { name: "Go to the home page" }).click();
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("We could not find that page");
});

test("a missing project shows the not-found page inside the workspace, with a way back", async ({ page }) => {
  await signInAsDemo(page, "priya");
  await page.goto("/w/northwind/projects/no-such-project");
  await expectHeading(page, "Not found in this workspace");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await page.getByRole("link", { name: "Back to the projects" }).click();
  await expectHeading(page, "Projects");
});
