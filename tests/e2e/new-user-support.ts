// Helpers for the new-user specs: fresh accounts and workspaces, so each test owns its data.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Page } from "@playwright/test";
import { expectHeading, signIn, signUp, uniqueEmail } from "./support";

export const PHONE = { width: 390, height: 844 };

/** Signs up a new user and creates a workspace; returns its slug. */
export async function ownerWithWorkspace(page: Page, owner: string, workspace: string): Promise<string> {
  await page.goto("/signup");
  await signUp(page, owner, uniqueEmail(owner.split(" ")[0]!.toLowerCase()));
  await expectHeading(page, "Your workspaces");
  await page.getByLabel("Workspace name").fill(workspace);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expectHeading(page, "Projects");
  return new URL(page.url()).pathname.split("/")[2]!;
}

export async function createInviteLink(page: Page, slug: string, role: "MEMBER" | "ADMIN" = "MEMBER"): Promise<string> {
  await page.goto(`/w/${slug}/settings`);
  await page.getByLabel("Joins as").selectOption(role);
  await page.getByRole("button", { name: "Create invite link" }).click();
  return page.getByLabel(/New invite link/).inputValue();
}

/** A second person, in their own browser context, signs up through the link and joins. */
export async function joinThroughLink(browser: Browser, link: string, name: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await expectHeading(page, "Create your account");
  await signUp(page, name, uniqueEmail(name.split(" ")[0]!.toLowerCase()));
  await page.getByRole("button", { name: "Join workspace" }).click();
  await expectHeading(page, "Dashboard");
  return { context, page };
}

export async function signInAsDemo(page: Page, who: "maya" | "theo" | "priya" | "sam") {
  await signIn(page, `${who}@demo.causeway.dev`, "causeway-demo");
  await expect(page).not.toHaveURL(/\/signin/);
}

/** The page is no wider than the window: nothing forces a sideways scroll. */
export async function expectNoSidewaysScroll(page: Page) {
  const { scroll, view } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
  expect(scroll, "page width").toBeLessThanOrEqual(view);
}

/** The element lies entirely inside the window, horizontally. */
export async function expectInsideWindow(page: Page, selector: ReturnType<Page["locator"]>) {
  const box = await selector.boundingBox();
  const width = page.viewportSize()!.width;
  expect(box, "element is rendered").not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(width);
}

/** axe-core finds nothing of moderate impact or worse. */
export async function expectNoAxeViolations(page: Page, disableRules: string[] = []) {
  const results = await new AxeBuilder({ page }).disableRules(disableRules).analyze();
  const bad = results.violations.filter((v) => ["moderate", "serious", "critical"].includes(v.impact ?? ""));
  expect(
    bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`),
    `axe on ${page.url()}`,
  ).toEqual([]);
}
