import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import nodes from "../../content/model/nodes.json" with { type: "json" };
import { expectNoAxeViolations, expectNoSidewaysScroll, PHONE } from "./new-user-support";
import { asUser, expectHeading, openFraudDashboard, signIn } from "./support";

const PASSWORD = "causeway-demo";

const outcome = (page: Page, name: string) => page.getByRole("list", { name: "Projected outcomes" }).getByRole("listitem").filter({ hasText: name });

test.describe("project dashboard", () => {
  test("shows the assessed round's graph, a bottleneck with its weakest items, and the lever table", async ({ browser }) => {
    const page = await asUser(browser, "priya");
    await openFraudDashboard(page);
    await expect(page.locator(".react-flow__node")).toHaveCount(nodes.length);
    await expect(page.getByText("Projections are a heuristic, not a measurement.")).toBeVisible();
    const first = page.getByRole("region", { name: "What to work on first, from this round" });
    await expect(first.getByText(/^Bottleneck: /)).toBeVisible();
    await expect(first.getByRole("heading", { name: "Lowest-scoring items of these levers" })).toBeVisible();
    await expect(first.getByRole("link", { name: "Lesson" }).first()).toBeVisible();
    const table = page.getByRole("table", { name: "Levers and conditions of this round" });
    await expect(table.getByRole("rowheader", { name: /^Business Objective Alignment/ })).toBeVisible();
    // Four quarterly rounds: the trend line names all four scores.
    await expect(table.getByRole("img", { name: /^Business Objective Alignment across 4 rounds/ })).toBeVisible();
    await expect(table.getByText(/points apart/).first()).toBeVisible();
    await page.locator(".react-flow__node").first().waitFor();
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.filter((v) => ["moderate", "serious", "critical"].includes(v.impact ?? "")).map((v) => v.id)).toEqual([]);
  });

  test("prints as a report: the round's figures without the app's header, navigation or controls", async ({ browser }) => {
    const page = await asUser(browser, "priya");
    await openFraudDashboard(page);
    const print = page.getByRole("button", { name: "Print report" });
    await expect(print).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(print).toBeHidden();
    await expect(page.getByRole("button", { name: "Start meeting on this round" })).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard: Card fraud detection" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Levers and conditions of this round" })).toBeVisible();
  });

  test("opens a node's explanation by keyboard", async ({ browser }) => {
    const page = await asUser(browser, "priya");
    await openFraudDashboard(page);
    await page.getByRole("button", { name: /^Production Model Performance\W+outcome/i }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: /How Production Model Performance is computed/ })).toBeFocused();
  });

  test("the what-if slider changes a projected outcome, and reset returns to the assessed scores", async ({ browser }) => {
    const page = await asUser(browser, "priya");
    await openFraudDashboard(page);
    const before = await outcome(page, "Business Value Realized").innerText();
    await page.getByLabel("Business Objective Alignment", { exact: true }).focus();
    await page.keyboard.press("End");
    await expect(outcome(page, "Business Value Realized")).toContainText("from the assessed scores");
    expect(await outcome(page, "Business Value Realized").innerText()).not.toBe(before);
    await page.getByRole("button", { name: "Reset to assessed" }).click();
    await expect(outcome(page, "Business Value Realized")).not.toContainText("from the assessed scores");
  });

  test("the round picker shows an earlier round", async ({ browser }) => {
    const page = await asUser(browser, "priya");
    await openFraudDashboard(page);
    const picker = page.getByRole("combobox", { name: "Round", exact: true });
    const options = picker.locator("option");
    await expect(options).toHaveCount(4);
    const earliest = await options.last().getAttribute("value");
    await picker.selectOption(earliest!);
    await page.getByRole("button", { name: "Show", exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get("round") === earliest);
    await expect(page.getByRole("combobox", { name: "Round", exact: true })).toHaveValue(earliest!);
    await expect(page.locator(".react-flow__node")).toHaveCount(nodes.length);
  });

  test("compares two rounds side by side and shows every round in the checkpoint grid", async ({ browser }) => {
    const page = await asUser(browser, "priya");
    await openFraudDashboard(page);
    const compare = page.getByRole("region", { name: "Compare two rounds" });
    const earlier = compare.getByLabel("Earlier round");
    const q1 = await earlier.locator("option", { hasText: "Q1 maturity review" }).getAttribute("value");
    await earlier.selectOption(q1!);
    const table = compare.getByRole("table", { name: /^Q1 maturity review compared with Q4 maturity review/ });
    const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /^Training Data Quality/ }) });
    await expect(row.getByRole("cell")).toHaveCount(3);
    await expect(row.getByRole("cell").last()).toHaveText(/^[+−]\d+ \((better|worse)\)$|^no change$/);
    // The same round twice is refused in words, not compared.
    const q4 = await compare.getByLabel("Later round").inputValue();
    await earlier.selectOption(q4);
    await expect(compare.getByText("Pick two different rounds to compare.")).toBeVisible();

    const grid = page.getByRole("table", { name: /^Checkpoint grid/ });
    await expect(grid.getByRole("columnheader")).toHaveCount(5);
    await expect(grid.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /^Training Data Quality/ }) }).getByRole("cell")).toHaveCount(4);

    const ml = page.getByRole("region", { name: "ML Test Score" });
    await expect(ml.getByText(/^Final score/)).toBeVisible();
    await expect(ml.getByRole("listitem")).toHaveCount(4);
    const alignment = page.getByRole("region", { name: /^Business objectives/ });
    await expect(alignment.getByRole("link", { name: "Open the project's alignment page →" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("a project without a closed round links to its assessment rounds", async ({ browser }) => {
    const page = await asUser(browser, "maya");
    await page.goto("/w/sandbox/projects");
    await page.getByRole("link", { name: "LLM support triage" }).click();
    await page.getByRole("navigation", { name: "Project sections" }).getByRole("link", { name: "Dashboard" }).click();
    await expect(page.getByRole("heading", { name: "No closed round yet" })).toBeVisible();
    await page.getByRole("link", { name: "Go to assessment rounds →" }).click();
    await page.waitForURL(/\/assess$/);
  });
});

test.describe("workspace dashboard", () => {
  test("lists each project's latest state and, for an owner, a sortable portfolio that drills down", async ({ browser }) => {
    const page = await asUser(browser, "maya");
    await page.goto("/w/northwind/dashboard");
    await expectHeading(page, "Dashboard");
    await expect(page.getByRole("heading", { name: "Rounds waiting for you" })).toBeVisible();
    const glance = page.getByRole("region", { name: "Projects at a glance" });
    await expect(glance.getByRole("link", { name: "Card fraud detection" })).toBeVisible();
    await expect(glance.getByRole("link", { name: "Subscriber churn early warning" })).toBeVisible();
    const portfolio = page.getByRole("region", { name: "Portfolio" });
    await expect(portfolio.getByText(/not for ranking teams/)).toBeVisible();
    await expectNoAxeViolations(page);
    await portfolio.getByRole("button", { name: /^Training Data Quality/ }).click();
    await expect(portfolio.getByRole("columnheader", { name: /^Training Data Quality/ })).toHaveAttribute("aria-sort", "ascending");
    await portfolio.getByRole("link", { name: "Card fraud detection" }).click();
    await expectHeading(page, "Dashboard: Card fraud detection");
  });

  test("signing in lands on the home page: the round waiting for the person, their lessons, and no portfolio for a member", async ({ page }) => {
    await signIn(page, "sam@demo.causeway.dev", PASSWORD);
    await expectHeading(page, "Dashboard");
    await expect(page).toHaveURL(/\/w\/northwind\/dashboard$/);
    await expect(page.getByRole("region", { name: "Rounds waiting for you" }).getByRole("link", { name: "First maturity review" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Lessons for you" }).getByRole("listitem").first()).toContainText(/ · Book (ch\. \d+|epilogue) · \d+ min/);
    await expect(page.getByRole("heading", { name: "Workspace trend per lever" })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Team onboarding" })).toHaveCount(0);
    // Sam's own open action from the last meeting, and nobody else's.
    const actions = page.getByRole("list", { name: "Your open actions" });
    await expect(actions.getByRole("listitem")).toHaveCount(1);
    await expect(actions.getByText("Write a model card with results per card type and region")).toBeVisible();
    await actions.getByRole("link", { name: "Card fraud detection" }).click();
    await expectHeading(page, "Dashboard: Card fraud detection");
  });

  test("an owner's home page fits a phone: the wide tables scroll inside their boxes", async ({ browser }) => {
    const page = await asUser(browser, "maya");
    await page.setViewportSize(PHONE);
    await page.goto("/w/northwind/dashboard");
    await expect(page.getByRole("heading", { name: "Workspace trend per lever" })).toBeVisible();
    await expectNoSidewaysScroll(page);
  });

  test("an owner also sees the workspace trend and the team's onboarding", async ({ browser }) => {
    const page = await asUser(browser, "maya");
    await page.goto("/w/northwind/dashboard");
    const trend = page.getByRole("region", { name: "Workspace trend per lever" });
    await expect(trend.getByText(/not who is ahead/)).toBeVisible();
    await expect(trend.getByRole("table").getByRole("rowheader", { name: /^Training Data Quality/ })).toBeVisible();
    await expect(page.getByRole("region", { name: "Team onboarding" }).getByText("Sam Ortiz")).toBeVisible();
  });

  test("a member sees the projects but not the portfolio table", async ({ browser }) => {
    const page = await asUser(browser, "priya");
    await page.goto("/w/northwind/dashboard");
    await expect(page.getByRole("region", { name: "Projects at a glance" }).getByRole("link", { name: "Card fraud detection" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Portfolio" })).toHaveCount(0);
  });
});
