// Field errors outside the projects pages: each refusal is named by its field's label, tied to its
// input (aria-invalid, aria-describedby) and focused, and no raw field key ("target:") is shown.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { ownerWithWorkspace } from "./new-user-support";
import { expectHeading } from "./support";

async function expectFieldError(page: Page, field: Locator, text: string) {
  const message = page.getByText(text, { exact: true });
  await expect(message).toBeVisible();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  const messageId = await message.getAttribute("id");
  expect(((await field.getAttribute("aria-describedby")) ?? "").split(" ")).toContain(messageId);
  await expect(field).toBeFocused();
}

/** A new owner, workspace and project; returns the project's alignment page. */
async function newAlignmentPage(page: Page, owner: string, workspace: string) {
  await ownerWithWorkspace(page, owner, workspace);
  await page.getByLabel("Project name").fill("Route planner");
  await page.getByRole("button", { name: "Create project" }).click();
  await page.getByRole("link", { name: "Route planner" }).click();
  await expectHeading(page, "Route planner");
  await page.goto(`${page.url()}/alignment`);
  await expectHeading(page, "Alignment: Route planner");
}

test("an objective whose target is on the wrong side of the baseline is refused in the label's words, at the Target field", async ({ page }) => {
  await newAlignmentPage(page, "Olga Objective", "Objective Errors Lab");
  await page.getByRole("button", { name: "New objective" }).click();
  const form = page.getByRole("form", { name: "New objective" });
  await form.getByLabel("Objective").fill("Fewer late deliveries");
  await form.getByLabel("Business metric").fill("Late deliveries");
  await form.getByLabel("Baseline").fill("20");
  const target = form.getByLabel("Target", { exact: true });
  await target.fill("30");
  await form.getByLabel("Direction").selectOption("DECREASE");
  await form.getByRole("button", { name: "Add objective" }).click();
  await expectFieldError(page, target, "Target must be below the baseline when lower is better.");
  await expect(form.getByText(/target:/)).toHaveCount(0);
  await expect(form.getByLabel("Baseline")).not.toHaveAttribute("aria-invalid", "true");

  // Fixing it clears the error and saves.
  await target.fill("10");
  await form.getByRole("button", { name: "Add objective" }).click();
  await expect(page.getByRole("heading", { level: 3, name: "Fewer late deliveries" })).toBeVisible();
});

test("a statement of spaces only and an ML metric on the wrong side are named by their labels", async ({ page }) => {
  await newAlignmentPage(page, "Mona Metric", "Metric Errors Lab");
  await page.getByRole("button", { name: "New objective" }).click();
  const objective = page.getByRole("form", { name: "New objective" });
  const statement = objective.getByLabel("Objective");
  await statement.fill("    "); // passes the browser's length check; the server trims it
  await objective.getByLabel("Business metric").fill("Late deliveries");
  await objective.getByLabel("Baseline").fill("20");
  await objective.getByLabel("Target", { exact: true }).fill("10");
  await objective.getByLabel("Direction").selectOption("DECREASE");
  await objective.getByRole("button", { name: "Add objective" }).click();
  await expectFieldError(page, statement, "Objective must be at least 3 characters.");

  const metric = page.getByRole("form", { name: "New ML metric" });
  await metric.getByLabel("ML metric").fill("ETA error");
  await metric.getByLabel("Baseline").fill("8");
  const target = metric.getByLabel("Target");
  await target.fill("4");
  await metric.getByRole("button", { name: "Add ML metric" }).click();
  await expectFieldError(page, target, "Target must be above the baseline when higher is better.");
});

test("the account forms name the refused field and move focus to it", async ({ page }) => {
  await ownerWithWorkspace(page, "Abel Account", "Account Errors Lab");
  await page.goto("/account");
  const name = page.getByLabel("Your name");
  await name.fill("   ");
  await page.getByRole("button", { name: "Save name" }).click();
  await expectFieldError(page, name, "Your name is required.");

  const current = page.getByLabel("Current password");
  await current.fill("not my password at all");
  await page.getByLabel("New password").fill("seven purple lanterns drifting home");
  await page.getByRole("button", { name: "Change password" }).click();
  await expectFieldError(page, current, "Current password does not match the password of this account.");
  await expect(page.getByText(/currentPassword/)).toHaveCount(0);
});

test("opening a round that closes in the past names the Closes on field and focuses it", async ({ page }) => {
  await ownerWithWorkspace(page, "Rita Rounds", "Round Errors Lab");
  await page.getByLabel("Project name").fill("Search ranking");
  await page.getByRole("button", { name: "Create project" }).click();
  await page.getByRole("link", { name: "Search ranking" }).click();
  await expectHeading(page, "Search ranking");
  await page.goto(`${page.url()}/assess`);
  await expect(page.getByRole("heading", { name: "Open a round" })).toBeVisible();
  const closesOn = page.getByLabel("Closes on");
  await closesOn.fill(new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10));
  await page.getByRole("button", { name: "Open round" }).click();
  await expectFieldError(page, closesOn, "Closes on must be a day in the future.");
  await expect(page.getByText(/closesAt/)).toHaveCount(0);
});
