import { expect, type Browser, type Page } from "@playwright/test";

export function uniqueEmail(name: string) {
  return `${name}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@e2e.test`;
}

export async function signUp(page: Page, name: string, email: string, password = "a long enough password") {
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function expectHeading(page: Page, name: string | RegExp) {
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

/** A demo user ("theo", "priya", …) signed in, in a browser context of their own. */
export async function asUser(browser: Browser, name: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, `${name}@demo.causeway.dev`, "causeway-demo");
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
  return page;
}

/** The demo's card-fraud project dashboard, reached the way a person would. */
export async function openFraudDashboard(page: Page) {
  await page.goto("/w/northwind/projects");
  await page.getByRole("link", { name: "Card fraud detection" }).click();
  await page.getByRole("navigation", { name: "Project sections" }).getByRole("link", { name: "Dashboard" }).click();
  await expectHeading(page, "Dashboard: Card fraud detection");
}
