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

test.describe("beyond the projects pages, on a phone", () => {
  test.use({ viewport: PHONE });

  test("a long objective, round title and design answer wrap on the alignment, assess and design pages", async ({ page }) => {
    test.setTimeout(120_000);
    await ownerWithWorkspace(page, "Wanda Wrap", "Wrap Lab");
    await page.getByLabel("Project name").fill("Wrapping model");
    await page.getByRole("button", { name: "Create project" }).click();
    await page.getByRole("link", { name: "Wrapping model" }).click();
    await expectHeading(page, "Wrapping model");
    const projectUrl = page.url();
    const sections = page.getByRole("navigation", { name: "Project sections" });

    // Alignment: an objective of one 300-character word (its longest) on a 80-character metric.
    await sections.getByRole("link", { name: "Alignment" }).click();
    await expectHeading(page, "Alignment: Wrapping model");
    const statement = "o".repeat(300);
    await page.getByRole("button", { name: "New objective" }).click();
    const objectiveForm = page.getByRole("form", { name: "New objective" });
    await objectiveForm.getByLabel("Objective").fill(statement);
    await objectiveForm.getByLabel("Business metric").fill("m".repeat(80));
    await objectiveForm.getByLabel("Baseline").fill("20");
    await objectiveForm.getByLabel("Target", { exact: true }).fill("10");
    await objectiveForm.getByLabel("Direction").selectOption("DECREASE");
    await objectiveForm.getByRole("button", { name: "Add objective" }).click();
    const objective = page.getByRole("heading", { level: 3, name: statement });
    await expect(objective).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectInsideWindow(page, objective);

    // Assess: a round titled with one 120-character word, on the list and on its own page.
    const title = "r".repeat(120);
    await page.goto(`${projectUrl}/assess`);
    await page.getByLabel("Title").fill(title);
    await page.getByRole("button", { name: "Open round" }).click();
    await expectHeading(page, title);
    await expectNoSidewaysScroll(page);
    await expectInsideWindow(page, page.getByRole("heading", { level: 1 }));
    await page.goto(`${projectUrl}/assess`);
    await expect(page.getByRole("link", { name: title }).first()).toBeVisible();
    await expectNoSidewaysScroll(page);

    // Design: a 600-character word in an answer, in the editor, the contents and the print view.
    await page.goto(`${projectUrl}/design/1`);
    await page.getByLabel("Business objective").fill(LONG_WORD);
    await expect(page.getByTestId("save-status")).toHaveText(/^All changes saved/, { timeout: 15_000 });
    await page.reload();
    await expect(page.getByLabel("Business objective")).toHaveValue(LONG_WORD);
    await expectNoSidewaysScroll(page);
    for (const path of ["design", "design/print"]) {
      await page.goto(`${projectUrl}/${path}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoSidewaysScroll(page);
    }
    await expect(page.getByText(LONG_WORD)).toBeVisible();
  });
});
