// Settings as a new team meets it: only the controls the viewer may use, a question before taking
// away your own rights, and rows that work on a phone.
import { expect, test } from "@playwright/test";
import { PHONE, createInviteLink, expectInsideWindow, expectNoSidewaysScroll, joinThroughLink, ownerWithWorkspace, signInAsDemo } from "./new-user-support";
import { expectHeading } from "./support";

test("an admin is offered neither the owner role nor Remove beside an owner", async ({ page }) => {
  await signInAsDemo(page, "theo");
  await page.goto("/w/northwind/settings");
  await expectHeading(page, "Settings");
  const maya = page.getByRole("listitem").filter({ hasText: "Maya Okafor" });
  await expect(maya.getByText("Owner", { exact: true })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Role for Maya Okafor" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Remove Maya Okafor" })).toHaveCount(0);
  // Beside a member: admin or member, never owner; and Remove is there.
  const priyaRole = page.getByRole("combobox", { name: "Role for Priya Raman" });
  await expect(priyaRole.locator("option")).toHaveText(["Admin", "Member"]);
  await expect(page.getByRole("button", { name: "Remove Priya Raman" })).toBeVisible();
  // Nobody is offered Remove beside themself.
  await expect(page.getByRole("button", { name: "Remove Theo Lindqvist" })).toHaveCount(0);
});

test("the sole owner is offered neither Member for themself nor Leave", async ({ page }) => {
  await signInAsDemo(page, "maya");
  await page.goto("/w/northwind/settings");
  await expect(page.getByRole("combobox", { name: "Role for Maya Okafor" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Leave workspace" })).toHaveCount(0);
  await expect(page.getByText("You are the only owner, so you cannot leave yet.")).toBeVisible();
});

test("a member sees roles as text and only their own discipline as a control", async ({ page }) => {
  await signInAsDemo(page, "sam");
  await page.goto("/w/northwind/settings");
  await expect(page.getByRole("combobox", { name: /^Role for/ })).toHaveCount(0);
  await expect(page.getByRole("combobox", { name: /^Discipline for/ })).toHaveCount(1);
  await expect(page.getByRole("combobox", { name: "Discipline for Sam Ortiz" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Remove/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Leave workspace" })).toBeVisible();
});

test("an owner stepping down is asked first; Cancel keeps them owner, confirming takes effect", async ({ page, browser }) => {
  const slug = await ownerWithWorkspace(page, "Olga Owner", "Stepdown Lab");
  const link = await createInviteLink(page, slug, "ADMIN");
  const { context } = await joinThroughLink(browser, link, "Ben Admin");
  await context.close();
  await page.goto(`/w/${slug}/settings`);
  // Make Ben an owner too, so Olga may step down.
  await page.getByRole("combobox", { name: "Role for Ben Admin" }).selectOption("OWNER");
  await page.getByRole("button", { name: "Save changes for Ben Admin" }).click();
  await expect(page.getByRole("button", { name: "Save changes for Ben Admin" })).toHaveCount(0);

  await page.getByRole("combobox", { name: "Role for Olga Owner" }).selectOption("ADMIN");
  await page.getByRole("button", { name: "Save changes for Olga Owner" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Make yourself admin?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Role for Olga Owner" })).toHaveValue("OWNER");

  await page.getByRole("combobox", { name: "Role for Olga Owner" }).selectOption("ADMIN");
  await page.getByRole("button", { name: "Save changes for Olga Owner" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Yes, make me admin" }).click();
  // As an admin she can no longer touch the owner's role.
  await expect(page.getByRole("combobox", { name: "Role for Ben Admin" })).toHaveCount(0);
  await expect(page.getByRole("listitem").filter({ hasText: "Olga Owner" }).getByRole("combobox", { name: /^Role for/ })).toHaveValue("ADMIN");
});

test("an admin stepping down to member is asked first; confirming leaves them a member", async ({ page, browser }) => {
  const slug = await ownerWithWorkspace(page, "Otto Owner", "Admin Stepdown Lab");
  const link = await createInviteLink(page, slug, "ADMIN");
  const { context, page: ada } = await joinThroughLink(browser, link, "Ada Admin");
  await ada.goto(`/w/${slug}/settings`);
  const ownRole = ada.getByRole("combobox", { name: "Role for Ada Admin" });
  await ownRole.selectOption("MEMBER");
  await ada.getByRole("button", { name: "Save changes for Ada Admin" }).click();
  const dialog = ada.getByRole("alertdialog", { name: "Make yourself member?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await ada.reload();
  await expect(ownRole).toHaveValue("ADMIN");

  await ownRole.selectOption("MEMBER");
  await ada.getByRole("button", { name: "Save changes for Ada Admin" }).click();
  await ada.getByRole("alertdialog").getByRole("button", { name: "Yes, make me member" }).click();
  // As a member, roles are text and invites are no longer hers to make.
  await expect(ada.getByRole("combobox", { name: /^Role for/ })).toHaveCount(0);
  await expect(ada.getByRole("listitem").filter({ hasText: "Ada Admin" }).getByText("Member", { exact: true })).toBeVisible();
  await expect(ada.getByRole("button", { name: "Create invite link" })).toHaveCount(0);
  await context.close();
});

test("removing someone asks first, in a dialog", async ({ page, browser }) => {
  const slug = await ownerWithWorkspace(page, "Rita Remover", "Removal Lab");
  const link = await createInviteLink(page, slug);
  const { context, page: theirs } = await joinThroughLink(browser, link, "Gus Gone");
  await page.goto(`/w/${slug}/settings`);
  await page.getByRole("button", { name: "Remove Gus Gone" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Remove Gus Gone?" });
  await expect(dialog).toContainText("the link they joined with will not let them back in");
  await dialog.getByRole("button", { name: "Remove" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Gus Gone" })).toHaveCount(0);
  // The link they joined with no longer lets them in.
  await theirs.goto(link);
  await expectHeading(theirs, "This invite cannot be used");
  await expect(theirs.getByText(/You were removed from this workspace/)).toBeVisible();
  await context.close();
});

test.describe("on a phone", () => {
  test.use({ viewport: PHONE });

  test("settings rows stack: selects keep their words and every Remove button is reachable", async ({ page }) => {
    await signInAsDemo(page, "maya");
    await page.goto("/w/northwind/settings");
    await expectHeading(page, "Settings");
    await expectNoSidewaysScroll(page);
    for (const name of ["Theo Lindqvist", "Priya Raman", "Sam Ortiz"]) {
      const role = page.getByRole("combobox", { name: `Role for ${name}` });
      const discipline = page.getByRole("combobox", { name: `Discipline for ${name}` });
      await expectInsideWindow(page, role);
      await expectInsideWindow(page, discipline);
      expect((await role.boundingBox())!.width).toBeGreaterThan(120);
      expect((await discipline.boundingBox())!.width).toBeGreaterThan(120);
      const remove = page.getByRole("button", { name: `Remove ${name}` });
      await remove.scrollIntoViewIfNeeded();
      await expectInsideWindow(page, remove);
    }
    await page.screenshot({ path: "test-results/settings-390.png", fullPage: true });
  });
});

test("an owner sets the design review period for the workspace's documents; a bad value is refused by its label", async ({ page }) => {
  const slug = await ownerWithWorkspace(page, "Rana Period", "Review cadence lab");
  // One project with a design document, so the change has somewhere to land.
  await page.getByLabel("Project name").fill("Ranking refresh");
  await page.getByRole("button", { name: "Create project" }).click();
  await page.getByRole("link", { name: "Ranking refresh" }).click();
  await page.getByRole("navigation", { name: "Project sections" }).getByRole("link", { name: "Design document" }).click();
  await expect(page.getByText(/after 90 days/)).toBeVisible();

  await page.goto(`/w/${slug}/settings`);
  const card = page.getByRole("region", { name: "Design document reviews" });
  const days = card.getByRole("spinbutton", { name: "Review period (days)" });
  await expect(days).toHaveValue("90");
  await days.fill("5");
  await card.evaluate((el) => el.querySelector("form")!.setAttribute("novalidate", "")); // let the server judge it
  await card.getByRole("button", { name: "Save period" }).click();
  await expect(days).toHaveAttribute("aria-invalid", "true");
  await expect(card.getByText(/must be a whole number of days from 7 to 730/)).toBeVisible();

  await days.fill("30");
  await card.getByRole("button", { name: "Save period" }).click();
  await expect(card.getByText("Saved: 30 days, now used by 1 design document.")).toBeVisible();
  await page.goBack();
  await page.reload();
  await expect(page.getByText(/after 30 days/)).toBeVisible();
});
