import { expect, test } from "@playwright/test";
import nodes from "../../content/model/nodes.json" with { type: "json" };
import { expectHeading } from "./support";

const outcome = (page: import("@playwright/test").Page, name: string) => page.getByRole("list", { name: "Projected outcomes" }).getByRole("listitem").filter({ hasText: name });

test.describe("causal model explorer", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/learn/model");
    await expectHeading(page, "Causal model explorer");
  });

  test("draws every node of the graph, says what the projections are, and names a bottleneck", async ({ page }) => {
    await expect(page.locator(".react-flow__node")).toHaveCount(nodes.length);
    await expect(page.locator(".react-flow__edge")).toHaveCount(24);
    await expect(page.getByText("A heuristic, not a measurement.")).toBeVisible();
    await expect(page.getByText(/Bottleneck: Responsible AI Practices\./)).toBeVisible();
  });

  test("opens a node's explanation from the keyboard", async ({ page }) => {
    await page.getByRole("button", { name: /^Production Model Performance\W+outcome/i }).focus();
    await page.keyboard.press("Enter");
    const heading = page.getByRole("heading", { name: /How Production Model Performance is computed/ });
    await expect(heading).toBeFocused();
    const explanation = page.getByRole("region", { name: "Inputs and contributions" }).first();
    await expect(explanation.getByRole("rowheader", { name: "Model Accuracy (Offline)" })).toBeVisible();
    await expect(explanation.getByRole("row", { name: /Projected value 49/ })).toBeVisible();
    await page.getByRole("button", { name: "Close" }).click();
    await expect(page.getByRole("button", { name: /^Production Model Performance\W+outcome/i })).toBeFocused();
  });

  test("moving a slider changes a projected outcome at once, and reset brings it back", async ({ page }) => {
    await expect(outcome(page, "Business Value Realized")).toContainText("49");
    await page.getByLabel("Business Objective Alignment", { exact: true }).focus();
    await page.keyboard.press("End");
    // (2 × 100 + 2 × 48.6) / 4 = 74.3
    await expect(outcome(page, "Business Value Realized")).toContainText("74");
    await expect(outcome(page, "Business Value Realized")).toContainText("+25 from the starting point");
    await page.getByRole("button", { name: "Reset every slider to 50" }).click();
    await expect(outcome(page, "Business Value Realized")).toContainText("49");
    await expect(outcome(page, "Business Value Realized")).not.toContainText("from the starting point");
  });

  test("the table view lists every node with how it is computed", async ({ page }) => {
    const table = page.getByRole("table", { name: /Every node of the model/ });
    for (const n of nodes) await expect(table.getByRole("rowheader", { name: n.name, exact: true })).toBeVisible();
    await expect(table.getByRole("row", { name: /^Model Freshness State/ })).toContainText("Data Distribution Shift moderates");
  });

  test("is linked from the design levers page", async ({ page }) => {
    await page.goto("/learn/levers");
    await page.getByRole("link", { name: "the causal model explorer" }).click();
    await expectHeading(page, "Causal model explorer");
  });
});
