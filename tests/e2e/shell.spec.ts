// Small things a new user trips over: archived projects, the workspace switcher, the way back from
// Learn, and controls that cannot be used looking so.
import { expect, test } from "@playwright/test";
import { ownerWithWorkspace } from "./new-user-support";
import { expectHeading } from "./support";

test("Show archived adds archived projects below the active ones; an all-archived list says so", async ({ page }) => {
  const slug = await ownerWithWorkspace(page, "Abe Archiver", "Archive Lab");
  for (const name of ["Kept project", "Old project"]) {
    await page.getByLabel("Project name").fill(name);
    await page.getByRole("button", { name: "Create project" }).click();
    await expect(page.getByRole("link", { name })).toBeVisible();
  }
  await page.getByRole("link", { name: "Old project" }).click();
  await page.getByRole("button", { name: "Archive project" }).click();
  await expect(page.getByRole("button", { name: "Restore project" })).toBeVisible();
  // The archived project's fields look disabled, not merely refuse input.
  const name = page.getByLabel("Project name");
  await expect(name).toBeDisabled();
  expect(await name.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe("rgb(255, 255, 255)");

  await page.goto(`/w/${slug}/projects`);
  await page.getByLabel("Show archived").check();
  await expect(page.getByRole("list", { name: "Active projects" }).getByRole("link", { name: "Kept project" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Archived projects" }).getByRole("link", { name: "Old project" })).toBeVisible();

  await page.getByRole("link", { name: "Kept project" }).click();
  await page.getByRole("button", { name: "Archive project" }).click();
  await expect(page.getByRole("button", { name: "Restore project" })).toBeVisible();
  await page.goto(`/w/${slug}/projects`);
  await expect(page.getByText("No active projects. 2 archived projects are hidden: tick Show archived to see them.")).toBeVisible();
  await expect(page.getByText("No projects yet")).toHaveCount(0);
});

test("the switcher marks the current workspace, tells same-named ones apart, and keeps the section", async ({ page }) => {
  const first = await ownerWithWorkspace(page, "Sia Switcher", "Twin Lab");
  await page.goto("/workspaces");
  await page.getByLabel("Workspace name").fill("Twin Lab");
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expectHeading(page, "Projects");
  const second = new URL(page.url()).pathname.split("/")[2]!;
  expect(second).not.toBe(first);

  await page.goto(`/w/${first}/settings`);
  await page.getByRole("button", { name: /^Workspace: Twin Lab/ }).click();
  const current = page.getByRole("menuitem", { name: new RegExp(`/w/${first}( |$)`) });
  await expect(current).toHaveAttribute("aria-current", "page");
  await expect(current).toContainText("Current workspace");
  const other = page.getByRole("menuitem", { name: new RegExp(`/w/${second}( |$)`) });
  await expect(other).not.toContainText("Current workspace");
  await other.click();
  await expect(page).toHaveURL(new RegExp(`/w/${second}/settings$`));
  await expectHeading(page, "Settings");

  // Every top-level section is kept, not only the ones the switcher happened to know.
  for (const [section, heading] of [
    ["alignment", "Alignment across projects"],
    ["rubrics", "Rubrics"],
  ] as const) {
    await page.goto(`/w/${second}/${section}`);
    await expectHeading(page, heading);
    await page.getByRole("button", { name: /^Workspace: Twin Lab/ }).click();
    await page.getByRole("menuitem", { name: new RegExp(`/w/${first}( |$)`) }).click();
    await expect(page).toHaveURL(new RegExp(`/w/${first}/${section}$`));
    await expectHeading(page, heading);
  }
});

test("the public Learn pages' Your workspace link returns to the workspace's Learn tab", async ({ page }) => {
  const slug = await ownerWithWorkspace(page, "Lou Learner", "Return Lab");
  await page.goto(`/w/${slug}/learn`);
  await page.goto("/learn/glossary");
  const back = page.getByRole("link", { name: "Your workspace" });
  await expect(back).toHaveAttribute("href", `/w/${slug}/learn`);
  await back.click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}/learn$`));
});
