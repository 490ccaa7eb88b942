// A closed round's results name every score by the rubric's own bands, a condition by its risk,
// with the band's sentence; the dashboard names the same score the same way; the printed report
// carries the named answers that sit folded on screen.
import { expect, test, type Page } from "@playwright/test";
import rubric from "../../content/rubric/causeway-maturity.json" with { type: "json" };
import { asUser, openFraudDashboard } from "./support";

type Band = { name: string; min: number; description: string };
const bandOf = (bands: Band[], score: number) => [...bands].reverse().find((b) => score >= b.min)!;

async function scoreIn(page: Page, groupName: string) {
  const card = page.getByRole("region", { name: groupName });
  const text = await card.getByText(/^\d+(\.\d+)? \/ 100$/).textContent();
  return { card, score: Number(text!.split(" ")[0]) };
}

test("round results and the dashboard name scores by the rubric's bands, conditions by risk; the printed report shows named answers", async ({ browser }) => {
  const maya = await asUser(browser, "maya");
  await maya.goto("/w/northwind/projects");
  await maya.getByRole("link", { name: "Card fraud detection" }).click();
  await maya.getByRole("navigation", { name: "Project sections" }).getByRole("link", { name: "Assessment rounds" }).click();
  await maya.getByRole("region", { name: "Rounds" }).getByRole("link", { name: "Q4 maturity review" }).click();

  // A condition: its risk band, never a maturity band, with the band's sentence.
  const shift = await scoreIn(maya, "Data Distribution Shift");
  const risk = bandOf(rubric.riskBands, shift.score);
  await expect(shift.card.getByText(`· ${risk.name}`)).toBeVisible();
  await expect(shift.card.getByText(risk.description)).toBeVisible();
  for (const b of rubric.bands) await expect(shift.card.getByText(`· ${b.name}`, { exact: true })).toHaveCount(0);

  // A lever: its maturity band and sentence.
  const alignment = await scoreIn(maya, "Business Objective Alignment");
  const maturity = bandOf(rubric.bands, alignment.score);
  await expect(alignment.card.getByText(`· ${maturity.name}`)).toBeVisible();
  await expect(alignment.card.getByText(maturity.description)).toBeVisible();

  // Named answers: folded on screen, printed in full.
  const printed = maya.getByTestId("printed-answers");
  await expect(printed.first()).toBeHidden();
  await maya.emulateMedia({ media: "print" });
  await expect(printed).toHaveCount(4);
  await expect(printed.first()).toBeVisible();
  await expect(printed.first().getByRole("listitem").first()).toBeVisible();
  await expect(maya.locator("summary").first()).toBeHidden();
  await maya.emulateMedia({ media: "screen" });

  // The dashboard names the same scores with the same words.
  await openFraudDashboard(maya);
  const rows = maya.getByRole("table", { name: "Levers and conditions of this round" });
  await expect(rows.getByRole("row", { name: /Data Distribution Shift/ })).toContainText(risk.name);
  await expect(rows.getByRole("row", { name: /Business Objective Alignment/ })).toContainText(maturity.name);
});
