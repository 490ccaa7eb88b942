// Invite links as a newcomer and an admin meet them.
import { expect, test } from "@playwright/test";
import { createInviteLink, joinThroughLink, ownerWithWorkspace, signInAsDemo } from "./new-user-support";
import { expectHeading, signUp, uniqueEmail } from "./support";

test("a revoked link leaves the copy-it-now box at once", async ({ page }) => {
  const slug = await ownerWithWorkspace(page, "Vera Revoker", "Revoke Lab");
  await createInviteLink(page, slug);
  await expect(page.getByLabel(/New invite link/)).toBeVisible();
  await page.getByRole("list", { name: "Live invite links" }).getByRole("button", { name: /^Revoke/ }).click();
  await expect(page.getByLabel(/New invite link/)).toHaveCount(0);
  await expect(page.getByText("Live links (0)")).toBeVisible();
});

test("invite rows say when they were made, how often used and their state; ended ones are folded away", async ({ page }) => {
  const slug = await ownerWithWorkspace(page, "Ines Inviter", "Rows Lab");
  await createInviteLink(page, slug, "ADMIN");
  await createInviteLink(page, slug, "MEMBER");
  const live = page.getByRole("list", { name: "Live invite links" }).getByRole("listitem");
  await expect(live).toHaveCount(2);
  await expect(live.first()).toContainText(/Member link made \d+ \w+ \d{4} by Ines Inviter · not used yet · expires \d+ \w+ \d{4}/);
  await live.first().getByRole("button", { name: /^Revoke/ }).click();
  await expect(live).toHaveCount(1);
  const ended = page.getByText("Revoked and expired links (1)");
  await expect(ended).toBeVisible();
  // Folded: the revoked row is not shown until the summary is opened.
  const endedList = page.getByRole("list", { name: "Revoked and expired invite links" });
  await expect(endedList).toBeHidden();
  await ended.click();
  await expect(endedList.getByRole("listitem")).toContainText(/Member link made .* revoked \d+ \w+ \d{4}/);
});

test("a link people joined through says how often it was used", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const slug = await ownerWithWorkspace(page, "Una Uses", "Uses Lab");
  const link = await createInviteLink(page, slug);
  for (const name of ["Jo First", "Kai Second"]) {
    const { context } = await joinThroughLink(browser, link, name);
    await context.close();
  }
  await page.reload();
  await expect(page.getByRole("list", { name: "Live invite links" }).getByRole("listitem")).toContainText(/Member link made .* · used 2 times · expires/);
});

test("an expired link is folded away with the ended ones, marked expired, with its use count", async ({ page }) => {
  // The demo workspace's first link expired weeks ago after three people joined through it.
  await signInAsDemo(page, "maya");
  await page.goto("/w/northwind/settings");
  const live = page.getByRole("list", { name: "Live invite links" });
  await expect(live.getByText(/expired/)).toHaveCount(0);
  const endedList = page.getByRole("list", { name: "Revoked and expired invite links" });
  await expect(endedList).toBeHidden();
  await page.getByText(/^Revoked and expired links \(\d+\)$/).click();
  const expired = endedList.getByRole("listitem").filter({ hasText: "Expired" });
  await expect(expired).toContainText(/Member link made .* by Maya Okafor · used 3 times · expired \d+ \w+ \d{4}/);
});

test("signed out, a garbage or dead link says so before asking anyone to sign up", async ({ page, browser }) => {
  await page.goto("/invite/this-is-not-a-real-invite-token");
  await expectHeading(page, "This invite cannot be used");
  await expect(page.getByText(/This invite link is not valid/)).toBeVisible();
  await expect(page).toHaveURL(/\/invite\//);

  const owner = await browser.newPage();
  const slug = await ownerWithWorkspace(owner, "Dora Dead", "Dead Link Lab");
  const link = await createInviteLink(owner, slug);
  await owner.getByRole("list", { name: "Live invite links" }).getByRole("button", { name: /^Revoke/ }).click();
  await expect(owner.getByText("Live links (0)")).toBeVisible();
  await owner.close();
  await page.goto(link);
  await expectHeading(page, "This invite cannot be used");
  await expect(page.getByText("This invite link has been revoked. Ask for a new one.")).toBeVisible();
});

test("signed out, a live link shows who invited you to which workspace on the sign-up page", async ({ page, browser }) => {
  const owner = await browser.newPage();
  const slug = await ownerWithWorkspace(owner, "Hana Host", "Welcome Lab");
  const link = await createInviteLink(owner, slug, "ADMIN");
  await owner.close();
  await page.goto(link);
  await expectHeading(page, "Create your account");
  await expect(page.getByRole("status")).toContainText("Hana Host invited you to join Welcome Lab as an admin.");
  await signUp(page, "Nico Newcomer", uniqueEmail("nico"));
  await expectHeading(page, "Join Welcome Lab");
  await expect(page.getByText("Hana Host invited you as an admin.")).toBeVisible();
  await page.getByRole("button", { name: "Join workspace" }).click();
  await expectHeading(page, "Dashboard");
});
