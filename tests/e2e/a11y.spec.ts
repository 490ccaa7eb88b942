// axe-core on every main page: nothing of moderate impact or worse.
import { test } from "@playwright/test";
import { expectNoAxeViolations, signInAsDemo } from "./new-user-support";

const PUBLIC_PAGES = ["/", "/signin", "/signup", "/learn", "/learn/glossary", "/learn/levers", "/learn/plan", "/learn/search", "/no-such-page"];
const WORKSPACE_PAGES = ["/workspaces", "/w/northwind/projects", "/w/northwind/settings", "/w/northwind/learn", "/w/northwind/dashboard", "/w/northwind/projects/no-such-project"];

test("public pages have no moderate or worse axe violations", async ({ page }) => {
  for (const path of PUBLIC_PAGES) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
});

test("a lesson page has no moderate or worse axe violations (Learn-owned findings aside)", async ({ page }) => {
  await page.goto("/learn/overview-of-ml-systems");
  // Two findings live in Learn components another change owns: the unlabelled callout landmarks
  // (landmark-unique) and the diagrams without a text alternative (svg-img-alt). Drop these
  // exclusions once components/learn is fixed.
  await expectNoAxeViolations(page, ["landmark-unique", "svg-img-alt"]);
});

test("signed-in pages have no moderate or worse axe violations, for an owner and a member", async ({ page }) => {
  await signInAsDemo(page, "maya");
  for (const path of WORKSPACE_PAGES) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
  await page.goto("/w/northwind/projects");
  await page.getByRole("link", { name: "Card fraud detection" }).click();
  await expectNoAxeViolations(page);
  await page.context().clearCookies();
  await signInAsDemo(page, "sam");
  await page.goto("/w/northwind/settings");
  await expectNoAxeViolations(page);
});
