import { expect, test, type Page } from "@playwright/test";
import { asUser, expectHeading } from "./support";

/** Picks a level in every item of the round and submits. */
async function answerEveryItem(page: Page, level: number) {
  const items = page.locator("form fieldset");
  await expect(items.first()).toBeVisible();
  const count = await items.count();
  for (let i = 0; i < count; i++) await items.nth(i).getByRole("radio").nth(level).check();
  await expect(page.getByText(`${count} of ${count} answered`)).toBeVisible();
  await page.getByRole("button", { name: "Submit", exact: true }).click();
  await expect(page.getByText("Submitted. You can change your answers until the round closes.")).toBeVisible();
}

test("an admin opens a round, three people answer, the admin sees who is missing, closes it, and the results appear", async ({ browser }) => {
  test.setTimeout(240_000);
  // Theo (admin) opens a round on a project that has none yet.
  const theo = await asUser(browser, "theo");
  await theo.goto("/w/northwind/projects");
  await theo.getByRole("link", { name: "Delivery ETA prediction" }).click();
  await theo.getByRole("navigation", { name: "Project sections" }).getByRole("link", { name: "Assessment rounds" }).click();
  await expectHeading(theo, "Assess: Delivery ETA prediction");
  await theo.getByLabel("Title").fill("E2E maturity review");
  await theo.getByLabel("Anonymous", { exact: false }).uncheck();
  await theo.getByRole("button", { name: "Open round" }).click();
  await expectHeading(theo, "E2E maturity review");
  const roundUrl = theo.url();
  expect(roundUrl).toMatch(/\/assess\/[\w-]+$/);

  // Each item offers five anchored levels and "don't know" as one labelled radio group.
  const first = theo.locator("form fieldset").first();
  await expect(first.getByRole("radio")).toHaveCount(6);
  await expect(first.getByRole("radio", { name: /^0 · / })).toBeVisible();
  await expect(first.getByRole("radio", { name: /Don't know/ })).toBeVisible();
  await answerEveryItem(theo, 3);

  // Priya answers "don't know" on the first item, with evidence, and a level on the rest.
  const priya = await asUser(browser, "priya");
  await priya.goto(roundUrl);
  await expectHeading(priya, "E2E maturity review");
  const item = priya.locator("form fieldset").first();
  await item.getByRole("radio", { name: /Don't know/ }).check();
  await item.getByText("Note and evidence").click();
  await item.getByLabel("Note").fill("I have not seen the alert configuration myself.");
  await item.getByLabel("Evidence: design-document step").selectOption("8");
  await item.getByLabel("Evidence: link").fill("https://wiki.example.test/eta/monitoring");
  await priya.getByRole("button", { name: "Save draft" }).click();
  await expect(priya.getByText("Draft saved.")).toBeVisible();
  const rest = priya.locator("form fieldset");
  const count = await rest.count();
  for (let i = 1; i < count; i++) await rest.nth(i).getByRole("radio").nth(2).check();
  await priya.getByRole("button", { name: "Submit", exact: true }).click();
  await expect(priya.getByText("Submitted. You can change your answers until the round closes.")).toBeVisible();

  // Maya (owner) answers too; the round is on her waiting list until she does.
  const maya = await asUser(browser, "maya");
  await maya.goto("/w/northwind/projects");
  await maya.getByRole("link", { name: "Delivery ETA prediction" }).click();
  await maya.getByRole("navigation", { name: "Project sections" }).getByRole("link", { name: "Assessment rounds" }).click();
  await maya.getByRole("region", { name: "Rounds waiting for you" }).getByRole("link", { name: "E2E maturity review" }).click();
  await expectHeading(maya, "E2E maturity review");
  await answerEveryItem(maya, 4);

  // Theo sees that Sam has not answered, reminds him and closes the round.
  await theo.reload();
  const panel = theo.getByRole("region", { name: "Who has answered" });
  await expect(panel.getByRole("listitem").filter({ hasText: "Sam Ortiz" })).toContainText("Not started");
  await expect(panel.getByText("1 still to submit.")).toBeVisible();
  await panel.getByRole("button", { name: "Remind those missing" }).click();
  await expect(panel.getByText("Reminder sent to 1 person.")).toBeVisible();
  theo.once("dialog", (d) => void d.accept());
  await panel.getByRole("button", { name: "Close round now" }).click();

  // The results appear: levers with scores and bands, conditions marked as risk.
  await expect(theo.getByRole("heading", { name: "Levers and conditions" })).toBeVisible();
  await expect(theo.getByText("3 people submitted.", { exact: false })).toBeVisible();
  await expect(theo.getByRole("heading", { name: "Monitoring and Observability Maturity" })).toBeVisible();
  await expect(theo.getByText("Risk: higher is worse").first()).toBeVisible();
  await expect(theo.getByRole("heading", { name: "Answers by person" })).toBeVisible();
  // Priya's evidence opens the design document section she named.
  await theo.locator("summary", { hasText: "Priya Raman" }).click();
  await expect(theo.getByRole("link", { name: "design document step 8" })).toHaveAttribute("href", /\/projects\/[^/]+\/design\/8$/);

  // Priya sees the results too, including her don't-know counted on the first item: two answers,
  // one don't-know. The lever's score is the mean of its items' means as a share of level 4:
  // (3.5 + 3 + 3 + 3) / 4 / 4 = 78.1, in the band from 60 to 80.
  await priya.reload();
  await expect(priya.getByRole("heading", { name: "Levers and conditions" })).toBeVisible();
  const alignment = priya.getByRole("region", { name: "Business Objective Alignment" });
  const firstItem = alignment.getByRole("row", { name: /names the business metric this model exists to move/ });
  await expect(firstItem.getByRole("cell")).toHaveText([/names the business metric/, "3.5", "3.5", "0.5", "3–4", "2", "1"]);
  await expect(alignment).toContainText(/78\.1 \/ 100\s*·\s*Automated(?! and)/);
});

test("the seeded fraud project shows its history and disagreement; items can be marked not applicable; a rubric copy gets a new version per edit", async ({ browser }) => {
  test.setTimeout(120_000);
  const maya = await asUser(browser, "maya");
  await maya.goto("/w/northwind/projects");
  await maya.getByRole("link", { name: "Card fraud detection" }).click();
  await maya.getByRole("navigation", { name: "Project sections" }).getByRole("link", { name: "Assessment rounds" }).click();
  const history = maya.getByRole("region", { name: "History" });
  await expect(history.getByRole("columnheader", { name: /Q1 maturity review/ })).toBeVisible();
  await expect(history.getByRole("columnheader", { name: /Q4 maturity review/ })).toBeVisible();
  await expect(history.getByRole("rowheader", { name: /Data Distribution Shift.*higher is worse/ })).toBeVisible();

  // Not applicable, with a reason and an expiry.
  const panel = maya.getByRole("region", { name: "Not applicable" });
  await panel.getByLabel("Reason").fill("No edge deployment in this project");
  await panel.getByRole("button", { name: "Mark not applicable" }).click();
  await expect(panel.getByText("“No edge deployment in this project” · Maya Okafor · until")).toBeVisible();

  // The latest round's results show the manager and the engineers apart on alignment.
  await maya.getByRole("region", { name: "Rounds" }).getByRole("link", { name: "Q4 maturity review" }).click();
  const alignment = maya.getByRole("region", { name: "Business Objective Alignment" });
  await expect(alignment.getByText(/By discipline: .*Managers \(1\)/)).toBeVisible();

  // A rubric copy: retiring an item saves version 2.
  await maya.goto("/w/northwind/rubrics");
  await maya.getByRole("button", { name: "Copy and edit" }).first().click();
  await expect(maya.getByText(/^Version 1,/)).toBeVisible();
  await maya.getByRole("button", { name: "Retire" }).first().click();
  await expect(maya.getByText(/^Version 2,/)).toBeVisible();
  await expect(maya.getByRole("button", { name: "Restore" })).toHaveCount(1);

  // Adding an item: its plan step and chapter are chosen by name; a too-short wording is refused
  // on its field, which is marked invalid and focused.
  const add = maya.locator("form").filter({ has: maya.getByLabel("New item for Monitoring and Observability Maturity") });
  const newItem = add.getByLabel("New item for Monitoring and Observability Maturity");
  await newItem.fill("Short");
  for (let l = 0; l < 5; l++) await add.getByLabel(`Level ${l} anchor`).fill(`Anchor sentence for level ${l}.`);
  await add.getByLabel("Plan step").selectOption("8");
  await add.getByLabel("Chapter").selectOption({ index: 9 });
  await add.getByRole("button", { name: "Add item" }).click();
  await expect(add.getByText("New item must be at least 10 characters.")).toBeVisible();
  await expect(newItem).toHaveAttribute("aria-invalid", "true");
  await expect(newItem).toBeFocused();
  await expect(maya.getByText(/^Version 2,/)).toBeVisible();
  await newItem.fill("Every feature's drift shows on one dashboard");
  await add.getByRole("button", { name: "Add item" }).click();
  await expect(maya.getByText(/^Version 3,/)).toBeVisible();
  const monitoring = maya.getByRole("region", { name: "Monitoring and Observability Maturity" });
  await expect(monitoring.getByLabel("Item", { exact: true }).last()).toHaveValue("Every feature's drift shows on one dashboard");

  // A stale save: another tab saves version 4; this tab's rewording is kept and applied on top.
  const other = await maya.context().newPage();
  await other.goto(maya.url());
  await other.getByRole("button", { name: "Retire" }).nth(1).click();
  await expect(other.getByText(/^Version 4,/)).toBeVisible();
  const reword = maya.locator("form").filter({ has: maya.getByLabel("Item", { exact: true }) }).first();
  await reword.getByLabel("Item", { exact: true }).fill("Reworded while someone else was saving");
  await reword.getByRole("button", { name: "Save wording" }).click();
  const conflict = maya.getByRole("alert").filter({ hasText: "This rubric was changed while you were editing" });
  await expect(conflict.getByRole("cell", { name: "Reworded while someone else was saving" })).toBeVisible();
  await conflict.getByRole("button", { name: "Apply mine on top" }).click();
  await expect(maya.getByText(/^Version 5,/)).toBeVisible();
  await expect(maya.getByLabel("Item", { exact: true }).first()).toHaveValue("Reworded while someone else was saving");
  await expect(maya.getByRole("button", { name: "Restore" })).toHaveCount(2);
});
