// axe-core on every main page: nothing of moderate impact or worse.
import { test } from "@playwright/test";
import { getCatalog } from "../../server/content/catalog";
import { expectNoAxeViolations, signInAsDemo } from "./new-user-support";
import { expectHeading } from "./support";

const PUBLIC_PAGES = ["/", "/signin", "/signup", "/learn", "/learn/glossary", "/learn/levers", "/learn/plan", "/learn/search", "/no-such-page"];
const WORKSPACE_PAGES = ["/workspaces", "/w/northwind/projects", "/w/northwind/settings", "/w/northwind/learn", "/w/northwind/dashboard", "/w/northwind/projects/no-such-project"];

test("public pages have no moderate or worse axe violations", async ({ page }) => {
  for (const path of PUBLIC_PAGES) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
});

for (const chapter of getCatalog().chapters) {
  test(`lesson ${chapter.number} (${chapter.slug}) has no moderate or worse axe violations`, async ({ page }) => {
    await page.goto(chapter.href);
    await expectNoAxeViolations(page);
  });
}

test("signed-in pages have no moderate or worse axe violations, for an owner and a member", async ({ page }) => {
  test.setTimeout(180_000); // eight pages with axe each; the home page grew (trend, onboarding)
  await signInAsDemo(page, "maya");
  for (const path of WORKSPACE_PAGES) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
  await page.goto("/w/northwind/projects");
  await page.getByRole("link", { name: "Card fraud detection" }).click();
  await expectHeading(page, "Card fraud detection"); // client-side navigation: wait for the project page itself
  await expectNoAxeViolations(page);
  await page.context().clearCookies();
  await signInAsDemo(page, "sam");
  await page.goto("/w/northwind/settings");
  await expectNoAxeViolations(page);
});
