// Meeting mode in two browsers: Theo starts a meeting from the fraud dashboard and moves the slides
// with the keyboard and the buttons; Priya, in her own browser context, joins from the dashboard,
// follows his slide, records an action, and it appears on Theo's screen. The dashboard lists the
// project's actions with the overdue one marked.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./new-user-support";
import { asUser, openFraudDashboard } from "./support";

const slideHeading = (page: Page, name: string) => page.getByRole("heading", { level: 1, name });

test.describe("meeting mode", () => {
  test("a second browser follows the facilitator's slide and sees a new action appear", async ({ browser }) => {
    test.setTimeout(180_000); // two browsers and two axe runs on a shared 2-core machine
    const theo = await asUser(browser, "theo");
    await openFraudDashboard(theo);
    await theo.getByRole("button", { name: "Start meeting on this round" }).click();
    await theo.waitForURL(/\/meeting\//);
    // The first slide: the business objectives' latest check-ins beside the lever and the outcome.
    await expect(slideHeading(theo, "Business objectives")).toBeVisible();
    await expect(theo.getByText("Objectives' check-ins")).toBeVisible();
    await expect(theo.getByText("You are facilitating")).toBeVisible();
    await expect(theo.getByTestId("connection")).toHaveText(/Live/);

    const priya = await asUser(browser, "priya");
    await openFraudDashboard(priya);
    await priya.getByRole("link", { name: /^Join the meeting on Q4 maturity review/ }).click();
    await priya.waitForURL(/\/meeting\//);
    await expect(priya.getByText("Following Theo")).toBeVisible();
    await expect(slideHeading(priya, "Business objectives")).toBeVisible();
    await expect(priya.getByTestId("connection")).toHaveText(/Live/);
    await expect(priya.getByRole("button", { name: "Next →" })).toHaveCount(0);

    // The keyboard moves everyone; focus lands on the new slide's heading.
    await theo.keyboard.press("ArrowRight");
    await expect(slideHeading(theo, "What changed since the last round")).toBeFocused();
    await expect(slideHeading(priya, "What changed since the last round")).toBeVisible();
    await expect(priya.getByRole("status").filter({ hasText: "Slide 2 of 6: What changed since the last round" })).toBeAttached();

    await theo.getByRole("button", { name: "Next →" }).click();
    await expect(slideHeading(priya, "Where we disagree")).toBeVisible();

    await theo.getByRole("button", { name: "Next →" }).click();
    await expect(slideHeading(priya, "The bottleneck and what to do first")).toBeVisible();
    await expect(priya.getByText(/^Bottleneck: /)).toBeVisible();

    await theo.keyboard.press("PageDown");
    await expect(slideHeading(priya, "Last meeting's actions")).toBeVisible();
    const previous = priya.getByRole("list", { name: "Actions from the previous meeting" });
    await expect(previous.getByRole("listitem").filter({ hasText: "Retrain weekly from the pipeline" })).toContainText("Overdue");
    await expect(previous.getByRole("listitem").filter({ hasText: "Retrain weekly from the pipeline" })).toContainText("lever did not move");

    await theo.keyboard.press("End");
    await expect(slideHeading(priya, "New actions")).toBeVisible();

    // Priya, not the facilitator, records an action; it appears on Theo's screen.
    const form = priya.getByRole("form", { name: "Record an action" });
    await form.getByLabel("Action", { exact: true }).fill("Shadow-test the weekly retrain before promoting it");
    await form.getByLabel("Lever", { exact: true }).selectOption({ label: "Continual Learning Infrastructure" });
    await form.getByLabel("Owner", { exact: true }).selectOption({ label: "Priya Raman" });
    await form.getByRole("button", { name: "Record action" }).click();
    await expect(form.getByRole("status")).toHaveText(/Recorded: Shadow-test/);
    const theirs = theo.getByRole("list", { name: "Actions from this meeting" });
    await expect(theirs.getByRole("listitem").filter({ hasText: "Shadow-test the weekly retrain before promoting it" })).toBeVisible();

    await expectNoAxeViolations(priya);
    await theo.keyboard.press("Home");
    await expect(slideHeading(priya, "Business objectives")).toBeVisible();
    await expectNoAxeViolations(theo);
  });

  test("the dashboard lists the project's actions, open first with the overdue one marked", async ({ browser }) => {
    const sam = await asUser(browser, "sam");
    await openFraudDashboard(sam);
    const list = sam.getByRole("list", { name: "Project actions" });
    const first = list.getByRole("listitem").first();
    await expect(first).toContainText("Retrain weekly from the pipeline");
    await expect(first).toContainText("Overdue");
    const done = list.getByRole("listitem").filter({ hasText: "Page the on-call engineer" });
    await expect(done.getByRole("combobox")).toHaveValue("DONE");
    // The rounds after its meeting show how its lever moved.
    await expect(done).toContainText(/lever moved up \(\d+ → \d+, \+\d+\) from Q2 maturity review to Q4 maturity review/);
  });
});

test("a chapter assigned in a meeting shows on the owner's Learn path", async ({ browser }) => {
  const priya = await asUser(browser, "priya");
  await priya.goto("/w/northwind/learn");
  const assigned = priya.getByRole("region", { name: "Assigned in a meeting" });
  // Guide 11 is book chapter 9: the link says both.
  await expect(assigned.getByRole("link", { name: "Chapter 11: Continual Learning (Book ch. 9)" })).toBeVisible();
  await expect(assigned).toContainText("Retrain weekly from the pipeline");
  await expect(assigned).toContainText("overdue");
});
