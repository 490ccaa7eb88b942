// axe-core on the main pages a11y.spec.ts and design-a11y.spec.ts do not reach: assessment rounds
// (open and closed), rubrics, the account, the causal model, invites, the design print view and
// every design step; a few of them again at phone width. Nothing of moderate impact or worse.
import { expect, test, type Page } from "@playwright/test";
import { PHONE, createInviteLink, expectNoAxeViolations, ownerWithWorkspace, signInAsDemo } from "./new-user-support";
import { asUser, expectHeading } from "./support";

/** The fraud project's page, waited for: the heading shows before axe looks at it. */
async function openProject(page: Page, name: string) {
  await page.goto("/w/northwind/projects");
  await page.getByRole("link", { name }).click();
  await expectHeading(page, name);
  return page.url();
}

async function openRound(page: Page, project: string, round: string) {
  await openProject(page, project);
  await page.getByRole("navigation", { name: "Project sections" }).getByRole("link", { name: "Assessment rounds" }).click();
  await expectHeading(page, `Assess: ${project}`);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: round }).first().click();
  await expectHeading(page, round);
}

test("assessment rounds, open and closed, the rubrics, the account and the causal model", async ({ browser }) => {
  test.setTimeout(240_000); // a dozen axe runs on a busy 2-core machine
  const page = await asUser(browser, "maya");
  await openProject(page, "Card fraud detection");
  await expectNoAxeViolations(page);

  // A closed round's results, then an open round's answer form.
  await openRound(page, "Card fraud detection", "Q4 maturity review");
  await expect(page.getByRole("region", { name: "Business Objective Alignment", exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await openRound(page, "Subscriber churn early warning", "First maturity review");
  await expect(page.locator("form fieldset").first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/w/northwind/rubrics");
  await expectHeading(page, "Rubrics");
  await expect(page.getByRole("heading", { name: "Built-in templates" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/account");
  await expectHeading(page, "Your account");
  await expectNoAxeViolations(page);

  await page.goto("/learn/model");
  await expectHeading(page, "Causal model explorer");
  await expectNoAxeViolations(page);

  // The workspace switcher's menu, open.
  await page.goto("/w/northwind/alignment");
  await expectHeading(page, "Alignment across projects");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: /^Workspace: / }).click();
  await expect(page.getByRole("menu")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a rubric in the editor", async ({ page }) => {
  const slug = await ownerWithWorkspace(page, "Ruth Rubric", "Rubric Axe Lab");
  await page.goto(`/w/${slug}/rubrics`);
  await page.getByRole("button", { name: "Copy and edit" }).first().click();
  await expect(page.getByText(/^Version 1,/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the design print view and all ten design steps", async ({ browser }) => {
  test.setTimeout(240_000); // eleven axe runs
  const page = await asUser(browser, "maya");
  const projectUrl = await openProject(page, "Card fraud detection");
  await page.goto(`${projectUrl}/design/print`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  for (let step = 1; step <= 10; step++) {
    await page.goto(`${projectUrl}/design/${step}`);
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(`^${step}\\. `) })).toBeVisible();
    await expect(page.getByTestId("save-status")).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

test("invite pages: a dead link, a live link signed out (sign-up with its banner) and signed in", async ({ browser }) => {
  test.setTimeout(120_000);
  const owner = await browser.newPage();
  const slug = await ownerWithWorkspace(owner, "Ivy Inviter", "Invite Axe Lab");
  const link = await createInviteLink(owner, slug);
  await owner.close();

  const visitor = await (await browser.newContext()).newPage(); // axe needs a page of an explicit context
  await visitor.goto("/invite/not-a-real-invite-token");
  await expectHeading(visitor, "This invite cannot be used");
  await expectNoAxeViolations(visitor);
  await visitor.goto(link);
  await expectHeading(visitor, "Create your account");
  await expect(visitor.getByRole("status")).toContainText("Ivy Inviter invited you to join Invite Axe Lab");
  await expectNoAxeViolations(visitor);
  await visitor.context().close();

  const member = await asUser(browser, "priya");
  await member.goto(link);
  await expectHeading(member, "Join Invite Axe Lab");
  await expectNoAxeViolations(member);
});

test.describe("on a phone", () => {
  test.use({ viewport: PHONE });

  test("a round's results, the rubrics, the account, a design step and settings", async ({ page }) => {
    test.setTimeout(180_000);
    await signInAsDemo(page, "maya");
    await openRound(page, "Card fraud detection", "Q4 maturity review");
    await expectNoAxeViolations(page);
    const projectUrl = page.url().replace(/\/assess\/.*$/, "");
    await page.goto(`${projectUrl}/design/3`);
    await expect(page.getByTestId("save-status")).toBeVisible();
    await expectNoAxeViolations(page);
    for (const [path, heading] of [
      ["/w/northwind/rubrics", "Rubrics"],
      ["/account", "Your account"],
      ["/w/northwind/settings", "Settings"],
    ] as const) {
      await page.goto(path);
      await expectHeading(page, heading);
      await expectNoAxeViolations(page);
    }
  });
});
