// A user's long words and names wrap instead of stretching the page, on a desktop and a phone.
import { expect, test } from "@playwright/test";
import { PHONE, expectInsideWindow, expectNoSidewaysScroll, ownerWithWorkspace } from "./new-user-support";
import { expectHeading } from "./support";

const LONG_WORD = "x".repeat(600);
const LONG_NAME = `Quarterly${"a".repeat(71)}`; // 80 characters, no spaces

for (const [label, viewport] of [
  ["desktop", { width: 1280, height: 800 }],
  ["phone", PHONE],
] as const) {
  test(`a 600-character word and an 80-character name wrap on the projects and project pages (${label})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const slug = await ownerWithWorkspace(page, "Lena Long", `Long Text Lab ${label}`);
    expect(LONG_NAME).toHaveLength(80);
    await page.getByLabel("Project name").fill(LONG_NAME);
    await page.getByLabel("Description").fill(LONG_WORD);
    await page.getByRole("button", { name: "Create project" }).click();
    const link = page.getByRole("link", { name: LONG_NAME });
    await expect(link).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectInsideWindow(page, link);

    await link.click();
    await expectHeading(page, LONG_NAME);
    await expectNoSidewaysScroll(page);
    await expectInsideWindow(page, page.getByRole("heading", { level: 1 }));
    await expect(page).toHaveURL(new RegExp(`/w/${slug}/projects/`));
  });
}
