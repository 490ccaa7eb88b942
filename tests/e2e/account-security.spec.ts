import { expect, test } from "@playwright/test";
import { expectHeading, signIn, signUp, uniqueEmail } from "./support";

test("a signed-out deep link signs in and lands on the page that was asked for", async ({ page }) => {
  await page.goto("/w/northwind/learn?view=team");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fw%2Fnorthwind%2Flearn%3Fview%3Dteam/);
  await page.getByLabel("Email").fill("priya@demo.causeway.dev");
  await page.getByLabel("Password").fill("causeway-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/w\/northwind\/learn\?view=team$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("404");
});

test("a crafted callback URL never takes the browser to another site", async ({ page }) => {
  for (const callbackUrl of ["/%5Cevil.example/x", "/%09/evil.example/x", "//evil.example/x"]) {
    await page.goto(`/signin?callbackUrl=${callbackUrl}`);
    await page.getByLabel("Email").fill("sam@demo.causeway.dev");
    await page.getByLabel("Password").fill("causeway-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    // Sam has one workspace, so home forwards to its Dashboard: still this site.
    await expectHeading(page, "Dashboard");
    expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);
    await page.context().clearCookies();
  }
});

test("sign-up says why a weak password is refused", async ({ page }) => {
  await page.goto("/signup");
  await signUp(page, "Wes Weak", uniqueEmail("wes"), "1234567890");
  await expect(page.getByText(/too easy to guess/)).toBeVisible();
  await expect(page).toHaveURL(/\/signup/);
});

test("signing out everywhere ends a session copied from another browser", async ({ browser, baseURL }) => {
  const email = uniqueEmail("ada");
  const first = await browser.newContext({ baseURL });
  const page = await first.newPage();
  await page.goto("/signup");
  await signUp(page, "Ada Away", email);
  await expectHeading(page, "Your workspaces");
  // A copy of the session cookie, as an attacker or a forgotten laptop would hold it.
  const copied = await browser.newContext({ baseURL });
  await copied.addCookies(await first.cookies());
  const copy = await copied.newPage();
  await copy.goto("/workspaces");
  await expectHeading(copy, "Your workspaces");

  await page.getByRole("link", { name: /Your account/ }).click();
  await expectHeading(page, "Your account");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await copy.goto("/workspaces");
  await expect(copy).toHaveURL(/\/signin/);
  await first.close();
  await copied.close();
});

test("changing the password keeps this session and ends the others", async ({ browser, baseURL }) => {
  const email = uniqueEmail("cam");
  const first = await browser.newContext({ baseURL });
  const page = await first.newPage();
  await page.goto("/signup");
  await signUp(page, "Cam Change", email);
  await expectHeading(page, "Your workspaces");
  const other = await browser.newContext({ baseURL });
  await other.addCookies(await first.cookies());

  await page.goto("/account");
  await page.getByLabel("Your name").fill("Cam Changed");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Name saved." })).toBeVisible();
  await page.getByLabel("Current password").fill("a long enough password");
  await page.getByLabel("New password").fill("a completely fresh passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed. Other devices have been signed out.")).toBeVisible();
  await page.goto("/workspaces");
  await expectHeading(page, "Your workspaces");
  await expect(page.getByRole("link", { name: /Cam Changed/ })).toBeVisible();

  const otherPage = await other.newPage();
  await otherPage.goto("/workspaces");
  await expect(otherPage).toHaveURL(/\/signin/);
  await signIn(otherPage, email, "a completely fresh passphrase");
  await expectHeading(otherPage, "Your workspaces");
  await first.close();
  await other.close();
});
