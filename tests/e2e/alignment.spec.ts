import { expect, test, type Page } from "@playwright/test";
import { expectHeading, signIn } from "./support";

const DAY = 86_400_000;
const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
/** The i-th weekly date of the file: the last one a week ago, so nothing is stale. */
const week = (i: number) => new Date(today - (8 - i) * 7 * DAY).toISOString().slice(0, 10);

/** Weekly rows: ETA error falls (better) while late deliveries stay flat, so the two part. */
function csv(badLine?: number) {
  const lines = ["date,business_value,ETA error,confidence,note"];
  for (let i = 0; i < 8; i++) {
    const date = week(i);
    lines.push(`${date},${i === 3 && badLine ? "oops" : 18 + (i % 2) * 0.2},${(7.5 - i * 0.4).toFixed(1)},on track,"week ${i + 1}, routes unchanged"`);
  }
  return Buffer.from(lines.join("\n"));
}

async function chooseCsv(page: Page, buffer: Buffer) {
  await page.getByLabel("CSV file of check-ins").setInputFiles({ name: "check-ins.csv", mimeType: "text/csv", buffer });
}

test("a member adds an objective, an ML metric and check-ins, imports a CSV after fixing a bad row, and sees the misalignment", async ({ page }) => {
  await signIn(page, "theo@demo.causeway.dev", "causeway-demo");
  await expectHeading(page, "Dashboard"); // one workspace: signing in lands on its Dashboard
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Projects" }).click();
  await expectHeading(page, "Projects");
  await page.getByRole("link", { name: "Delivery ETA prediction" }).click();
  await page.getByRole("navigation", { name: "Project sections" }).getByRole("link", { name: "Alignment" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Alignment: Delivery ETA prediction" })).toBeVisible();

  // An objective.
  await page.getByRole("button", { name: "New objective" }).click();
  const objectiveForm = page.getByRole("form", { name: "New objective" });
  await objectiveForm.getByLabel("Objective").fill("Fewer late deliveries reach customers");
  await objectiveForm.getByLabel("Business metric").fill("Late deliveries");
  await objectiveForm.getByLabel("Unit").fill("%");
  await objectiveForm.getByLabel("Baseline").fill("20");
  await objectiveForm.getByLabel("Target", { exact: true }).fill("10");
  await objectiveForm.getByLabel("Direction").selectOption("DECREASE");
  await objectiveForm.getByRole("button", { name: "Add objective" }).click();
  await expect(page.getByRole("heading", { level: 3, name: "Fewer late deliveries reach customers" })).toBeVisible();

  // An ML metric, mapped with its hypothesis.
  const metricForm = page.getByRole("form", { name: "New ML metric" });
  await metricForm.getByLabel("ML metric").fill("ETA error");
  await metricForm.getByLabel("Unit").fill("minutes");
  await metricForm.getByLabel("Baseline").fill("8");
  await metricForm.getByLabel("Target").fill("4");
  await metricForm.getByLabel("Direction").selectOption("DECREASE");
  await metricForm.getByRole("button", { name: "Add ML metric" }).click();
  const mapForm = page.getByRole("form", { name: "Map an ML metric" });
  await mapForm.getByLabel("ML metric").selectOption({ label: "ETA error" });
  await mapForm.getByLabel("Hypothesis").fill("A smaller ETA error lets dispatch plan routes that arrive on time.");
  await mapForm.getByRole("button", { name: "Map metric" }).click();
  await expect(page.getByText("Hypothesis: A smaller ETA error lets dispatch plan routes that arrive on time.")).toBeVisible();

  // A check-in by hand.
  const checkInForm = page.getByRole("form", { name: "New check-in" });
  await checkInForm.getByLabel("Date").fill(week(-1));
  await checkInForm.getByLabel("Late deliveries (%)").fill("18.5");
  await checkInForm.getByLabel("ETA error (minutes)").fill("7.9");
  await checkInForm.getByLabel("Confidence").selectOption("AT_RISK");
  await checkInForm.getByLabel("Note").fill("First week measured.");
  await checkInForm.getByRole("button", { name: "Add check-in" }).click();
  await page.getByText(/^Check-ins \(1\)$/).click();
  await expect(page.getByRole("list", { name: "Check-ins of Late deliveries" }).getByText("First week measured.")).toBeVisible();

  // A CSV with a bad row: every problem is listed with its line, and nothing is imported.
  await page.getByText("Import or export CSV").click();
  await chooseCsv(page, csv(5));
  await expect(page.getByText(/Nothing will be imported: 1 row has a problem/)).toBeVisible();
  await expect(page.getByRole("list", { name: "Problems in the file" })).toHaveText('Line 5: business_value "oops" is not a number.');
  await expect(page.getByRole("button", { name: /^Import \d+ check-ins$/ })).toHaveCount(0);

  // Fixed: the preview shows what will be written, then the import confirms it.
  await chooseCsv(page, csv());
  await expect(page.getByText(`Ready to import 8 check-ins from ${week(0)} to ${week(7)}.`)).toBeVisible();
  await page.getByRole("button", { name: "Import 8 check-ins" }).click();
  await expect(page.getByText("Imported 8 check-ins.")).toBeVisible();

  // The chart, its table view, and the misalignment warning naming both metrics.
  const chart = page.getByTestId("alignment-chart");
  await expect(chart.getByRole("application")).toBeVisible();
  await expect(chart.locator(".recharts-line")).toHaveCount(2); // the business metric and the ML metric
  await expect(chart.locator(".recharts-reference-area").first()).toBeVisible(); // the misaligned stretch, shaded
  await expect(page.getByText(/ETA error improved from 6\.7 minutes to 4\.7 minutes, but Late deliveries (got worse|stayed about flat)/)).toBeVisible();
  await expect(page.getByText("Misaligned", { exact: true }).first()).toBeVisible();
  await page.getByRole("button", { name: "Show as table" }).click();
  await expect(page.getByRole("table", { name: "Check-ins of Late deliveries as a table" }).getByRole("row", { name: new RegExp(week(7)) })).toBeVisible();

  // The workspace view lists it, stale objectives first.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Alignment" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Alignment across projects" })).toBeVisible();
  const rows = page.getByRole("row");
  await expect(rows.nth(1)).toContainText("Stale");
  await expect(page.getByRole("row", { name: /Fewer late deliveries reach customers/ })).toContainText("Misaligned");
});
