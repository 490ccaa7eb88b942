// Design step 1 offers each metric it names for alignment tracking ("Track this"), shows tracked
// ones as tracked, and offers nothing to members who do not manage the project.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

async function signInAs(page: Page, who: string) {
  await signIn(page, `${who}@demo.causeway.dev`, "causeway-demo");
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"), { timeout: 30_000 });
}

test("the project owner tracks the metrics step 1 names in one place; a member only sees what is tracked", async ({ page, browser }) => {
  await signInAs(page, "theo");
  await page.goto("/w/northwind/projects");
  const name = `Track e2e ${Date.now()}`;
  await page.getByLabel("Project name").fill(name);
  await page.getByRole("button", { name: "Create project" }).click();
  await page.getByRole("link", { name }).click();
  await expect(page).toHaveURL(/\/projects\/[^/]+$/);
  const projectUrl = page.url();
  await page.goto(`${projectUrl}/design`);
  await page.getByRole("button", { name: "Start from this example" }).click();
  await expect(page.getByRole("button", { name: "Start from this example" })).toHaveCount(0);

  await page.goto(`${projectUrl}/design/1`);
  const panel = page.getByRole("region", { name: "Objectives tracked for this project" });
  const row = (metric: string) => panel.getByTestId("named-metric").filter({ hasText: metric });
  await expect(row("Chargeback losses").first()).toContainText("Business metric");

  // A business metric: one click, its numbers read from its row.
  await row("Business metric: Chargeback losses").getByRole("button", { name: /^Track this ?: Chargeback losses$/ }).click();
  await expect(row("Business metric: Chargeback losses")).toContainText("Tracked");
  await expect(panel).toContainText("Bring down Chargeback losses from €240k a month to €160k a month");

  // An ML metric: step 1 has no baseline or target for it, so they are asked for.
  const recall = row("ML metric: Recall at review threshold");
  await recall.getByRole("button", { name: /^Track this ?: Recall at review threshold$/ }).click();
  await recall.getByLabel("Baseline").fill("72");
  await recall.getByLabel("Target").fill("88");
  await recall.getByRole("button", { name: "Start tracking" }).click();
  await expect(recall).toContainText("Tracked");
  await expect(panel).toContainText("proxied by Recall at review threshold");

  await page.goto(`${projectUrl}/alignment`);
  await expect(page.getByText("Bring down Chargeback losses from €240k a month to €160k a month").first()).toBeVisible();

  // A member sees the same list with no button.
  const context = await browser.newContext();
  const member = await context.newPage();
  await signInAs(member, "priya");
  await member.goto(`${projectUrl}/design/1`);
  const memberPanel = member.getByRole("region", { name: "Objectives tracked for this project" });
  await expect(memberPanel.getByTestId("named-metric").filter({ hasText: "Business metric: Chargeback losses" })).toContainText("Tracked");
  await expect(memberPanel.getByTestId("named-metric").filter({ hasText: "False decline rate" }).first()).toContainText("Not tracked");
  await expect(memberPanel.getByRole("button", { name: /^Track this/ })).toHaveCount(0);
  await context.close();
});
