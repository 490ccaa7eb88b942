// A stale alignment edit keeps the user's typing, shows the current version beside it and lets them
// apply theirs on top or take the other; it blames nobody when the newer save was their own tab.
// The design section's conflict says the same when it was the same person.
import { expect, test, type Page } from "@playwright/test";
import { createInviteLink, joinThroughLink, ownerWithWorkspace } from "./new-user-support";
import { expectHeading } from "./support";

/** A project with one objective; returns the alignment page's address. */
async function objectiveOnNewProject(page: Page): Promise<string> {
  await page.getByLabel("Project name").fill("Fraud triage");
  await page.getByRole("button", { name: "Create project" }).click();
  await page.getByRole("link", { name: "Fraud triage" }).click();
  await expectHeading(page, "Fraud triage");
  const url = `${page.url()}/alignment`;
  await page.goto(url);
  await page.getByRole("button", { name: "New objective" }).click();
  const form = page.getByRole("form", { name: "New objective" });
  await form.getByLabel("Objective").fill("Cut chargeback losses");
  await form.getByLabel("Business metric").fill("Chargebacks");
  await form.getByLabel("Baseline").fill("120");
  await form.getByLabel("Target", { exact: true }).fill("80");
  await form.getByLabel("Direction").selectOption("DECREASE");
  await form.getByRole("button", { name: "Add objective" }).click();
  await expect(page.getByRole("heading", { level: 3, name: "Cut chargeback losses" })).toBeVisible();
  return url;
}

async function openEdit(page: Page, statement: string) {
  await page.getByRole("region", { name: statement }).getByRole("button", { name: "Edit", exact: true }).click();
  return page.getByRole("form", { name: "Edit objective" });
}

test("two tabs of one person: the second save shows both versions without blaming anyone, and applies mine on top", async ({ page, context }) => {
  await ownerWithWorkspace(page, "Tilda Tabs", "Alignment Tabs Lab");
  const url = await objectiveOnNewProject(page);
  const mine = await openEdit(page, "Cut chargeback losses");

  const other = await context.newPage();
  await other.goto(url);
  const theirs = await openEdit(other, "Cut chargeback losses");
  await theirs.getByLabel("Business metric").fill("Chargeback losses (k€)");
  await theirs.getByRole("button", { name: "Save objective" }).click();
  await expect(other.getByText("Chargeback losses (k€): 120 → 80")).toBeVisible();

  // This tab was opened before that save.
  await mine.getByLabel("Objective").fill("Halve chargeback losses");
  await mine.getByRole("button", { name: "Save objective" }).click();
  const panel = page.getByRole("alert").filter({ hasText: "You changed this objective in another tab or window" });
  await expect(panel).toBeVisible();
  await expect(panel).not.toContainText(/someone else|teammate/i);
  await expect(panel.getByRole("row", { name: /^Objective/ })).toContainText("Halve chargeback losses");
  await expect(panel.getByRole("row", { name: /^Business metric/ })).toContainText("(not changed)");
  await expect(panel.getByRole("row", { name: /^Business metric/ })).toContainText("Chargeback losses (k€)");
  await expect(mine.getByRole("textbox", { name: "Objective", exact: true })).toHaveValue("Halve chargeback losses");

  await panel.getByRole("button", { name: "Apply mine on top" }).click();
  await expect(panel).toBeHidden();
  await expect(page.getByRole("heading", { level: 3, name: "Halve chargeback losses" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 3, name: "Halve chargeback losses" })).toBeVisible();
  await expect(page.getByText("Chargeback losses (k€): 120 → 80")).toBeVisible();
});

test("another person's newer save is named as theirs, and Take theirs drops my edit", async ({ page, browser }) => {
  const slug = await ownerWithWorkspace(page, "Owen Owner", "Alignment People Lab");
  const link = await createInviteLink(page, slug);
  await page.goto(`/w/${slug}/projects`);
  const url = await objectiveOnNewProject(page);
  const mine = await openEdit(page, "Cut chargeback losses");

  const { context, page: teammate } = await joinThroughLink(browser, link, "Tess Teammate");
  await teammate.goto(url);
  const theirs = await openEdit(teammate, "Cut chargeback losses");
  await theirs.getByLabel("Target", { exact: true }).fill("60");
  await theirs.getByRole("button", { name: "Save objective" }).click();
  await expect(teammate.getByText("Chargebacks: 120 → 60")).toBeVisible();

  await mine.getByLabel("Target", { exact: true }).fill("90");
  await mine.getByRole("button", { name: "Save objective" }).click();
  const panel = page.getByRole("alert").filter({ hasText: "Someone else changed this objective while you were editing" });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole("row", { name: /^Target/ })).toContainText("90");
  await expect(panel.getByRole("row", { name: /^Target/ })).toContainText("60");
  await panel.getByRole("button", { name: "Take theirs" }).click();
  await expect(panel).toBeHidden();
  await expect(mine.getByLabel("Target", { exact: true })).toHaveValue("60");
  await page.reload();
  await expect(page.getByText("Chargebacks: 120 → 60")).toBeVisible();
  await context.close();
});

test("a design section saved from another tab of the same person says so instead of blaming someone else", async ({ page, context }) => {
  await ownerWithWorkspace(page, "Dora Design", "Design Tabs Lab");
  await page.getByLabel("Project name").fill("Churn model");
  await page.getByRole("button", { name: "Create project" }).click();
  await page.getByRole("link", { name: "Churn model" }).click();
  await expectHeading(page, "Churn model");
  await page.getByTestId("design-step-2").click();
  await expect(page.getByRole("heading", { level: 1, name: /^2\. Problem framing/ })).toBeVisible();
  const notes = page.getByLabel("Notes (Markdown)");
  await notes.fill("The first sentence.");
  await expect(page.getByTestId("save-status")).toHaveText(/^All changes saved/, { timeout: 15_000 });

  const other = await context.newPage();
  await other.goto(page.url());
  const otherNotes = other.getByLabel("Notes (Markdown)");
  await expect(otherNotes).toHaveValue("The first sentence.");
  await notes.fill("The first sentence, from tab one.");
  await expect(page.getByTestId("save-status")).toHaveText(/^All changes saved/, { timeout: 15_000 });
  await otherNotes.fill("The first sentence, from tab two.");
  await expect(other.getByTestId("save-status")).toHaveText("Not saved: you changed this section in another tab or window", { timeout: 15_000 });
  const panel = other.getByRole("alert").filter({ hasText: "You changed this section in another tab or window" });
  await expect(panel).toBeVisible();
  await expect(panel).not.toContainText(/someone else/i);
  await expect(panel.getByTestId("conflict-mine")).toContainText("from tab two");
  await expect(panel.getByTestId("conflict-theirs")).toContainText("from tab one");
});

test("alignment settings saved in another tab: applying mine on top keeps both changes", async ({ page, context }) => {
  await ownerWithWorkspace(page, "Sid Settings", "Alignment Settings Lab");
  const url = await objectiveOnNewProject(page);
  const other = await context.newPage();
  await other.goto(url);
  const theirs = other.getByRole("form", { name: "Alignment settings" });
  await theirs.getByLabel("Misalignment window (check-ins)").fill("8");
  await theirs.getByRole("button", { name: "Save settings" }).click();
  await expect(other.getByText("Settings saved.")).toBeVisible();

  const mine = page.getByRole("form", { name: "Alignment settings" });
  await mine.getByLabel("Stale after (days without a check-in)").fill("30");
  await mine.getByRole("button", { name: "Save settings" }).click();
  const panel = page.getByRole("alert").filter({ hasText: "You changed this project's alignment settings in another tab or window" });
  await expect(panel.getByRole("row", { name: /^Misalignment window/ })).toContainText("(not changed)");
  await expect(panel.getByRole("row", { name: /^Misalignment window/ })).toContainText("8");
  await expect(panel.getByRole("row", { name: /^Stale after/ })).toContainText("30");
  await panel.getByRole("button", { name: "Apply mine on top" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  await page.reload();
  await expect(mine.getByLabel("Misalignment window (check-ins)")).toHaveValue("8");
  await expect(mine.getByLabel("Stale after (days without a check-in)")).toHaveValue("30");
});
