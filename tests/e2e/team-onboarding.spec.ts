import { expect, test } from "@playwright/test";
import { expectHeading, signUp, uniqueEmail } from "./support";

test("a new user creates a workspace, invites a teammate through a link, and both see the same project", async ({ page, browser }) => {
  // Owner signs up and creates a workspace.
  await page.goto("/signup");
  await signUp(page, "Olivia Owner", uniqueEmail("olivia"));
  await expectHeading(page, "Your workspaces");
  await page.getByLabel("Workspace name").fill("Fraud Squad");
  await page.getByLabel("Your discipline").selectOption("MANAGER");
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expectHeading(page, "Projects");
  await expect(page.getByRole("button", { name: /^Workspace: Fraud Squad/ })).toBeVisible();

  // Owner creates an invite link.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
  await expectHeading(page, "Settings");
  await page.getByRole("button", { name: "Create invite link" }).click();
  const link = await page.getByLabel(/New invite link/).inputValue();
  expect(link).toMatch(/\/invite\/[\w-]{20,}$/);

  // A second user, in a separate browser context, follows the link, signs up and joins.
  const other = await browser.newContext();
  const teammate = await other.newPage();
  await teammate.goto(link);
  await expectHeading(teammate, "Create your account");
  await signUp(teammate, "Dev Teammate", uniqueEmail("dev"));
  await expectHeading(teammate, "Join Fraud Squad");
  await teammate.getByLabel("Your discipline").selectOption("ML_ENGINEER");
  await teammate.getByRole("button", { name: "Join workspace" }).click();
  await expectHeading(teammate, "Dashboard");

  // The owner sees the new member with their discipline.
  await page.reload();
  await expect(page.getByText("Dev Teammate (you)")).toHaveCount(0);
  await expect(page.getByRole("listitem").filter({ hasText: "Dev Teammate" }).first()).toBeVisible();
  await expect(page.getByLabel("Discipline for Dev Teammate")).toHaveValue("ML_ENGINEER");

  // The owner promotes the teammate, and cannot demote themself as the last owner.
  await page.getByLabel("Role for Dev Teammate").selectOption("ADMIN");
  await page.getByRole("button", { name: "Save changes for Dev Teammate" }).click();
  await expect(page.getByRole("button", { name: "Save changes for Dev Teammate" })).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel("Role for Dev Teammate")).toHaveValue("ADMIN");
  // As the last owner, her own role is not offered for change at all.
  await expect(page.getByRole("combobox", { name: "Role for Olivia Owner" })).toHaveCount(0);

  // The owner creates a project; it appears for both.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Projects" }).click();
  await page.getByLabel("Project name").fill("Chargeback early warning");
  await page.getByLabel("Description").fill("Flags transactions likely to become chargebacks.");
  await page.getByLabel("Stage").selectOption("EXPLORATION");
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByRole("link", { name: "Chargeback early warning" })).toBeVisible();

  // The teammate landed on the home page when joining; the project list is one click away.
  await teammate.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Projects" }).click();
  await expectHeading(teammate, "Projects");
  await expect(teammate.getByRole("link", { name: "Chargeback early warning" })).toBeVisible();
  await teammate.getByRole("link", { name: "Chargeback early warning" }).click();
  await expectHeading(teammate, "Chargeback early warning");
  await expect(teammate.getByText("Owned by Olivia Owner.")).toBeVisible();
  await other.close();
});

test("a revoked invite link cannot be used", async ({ page, browser }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill("maya@demo.causeway.dev");
  await page.getByLabel("Password").fill("causeway-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expectHeading(page, "Your workspaces");
  await page.goto("/w/sandbox/settings");
  await page.getByRole("button", { name: "Create invite link" }).click();
  const link = await page.getByLabel(/New invite link/).inputValue();
  await page.getByRole("button", { name: /^Revoke/ }).first().click();
  await expect(page.getByLabel(/New invite link/)).toHaveCount(0);

  const other = await browser.newContext();
  const stranger = await other.newPage();
  await stranger.goto(link);
  await expectHeading(stranger, "This invite cannot be used");
  await expect(stranger.getByText("This invite link has been revoked. Ask for a new one.")).toBeVisible();
  await stranger.goto("/signup");
  await signUp(stranger, "Sly Stranger", uniqueEmail("sly"));
  await expectHeading(stranger, "Your workspaces");
  await stranger.goto("/w/sandbox/projects");
  await expectHeading(stranger, "We could not find that page");
  await other.close();
});
