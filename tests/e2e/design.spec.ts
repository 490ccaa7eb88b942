import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "./support";

const PASSWORD = "causeway-demo";

/** Signs in, creates a project in Northwind and returns the URL of its page. */
async function newProject(page: Page, name: string) {
  await signIn(page, "theo@demo.causeway.dev", PASSWORD);
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
  await page.goto("/w/northwind/projects");
  await page.getByLabel("Project name").fill(name);
  await page.getByRole("button", { name: "Create project" }).click();
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return page.url();
}

async function saved(page: Page) {
  await expect(page.getByTestId("save-status")).toHaveText(/^All changes saved/, { timeout: 15_000 });
}

async function secondUser(browser: Browser, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "priya@demo.causeway.dev", PASSWORD);
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
  await page.goto(url);
  return { context, page };
}

const notes = (a: string, b: string, c: string) => `${a}\n\n${b}\n\n${c}`;

test("filling in step 1 raises its completeness on the project page", async ({ page }) => {
  const projectUrl = await newProject(page, `Design e2e ${Date.now()}`);
  await expect(page.getByTestId("design-step-1")).toContainText("Not started · 0%");
  await page.getByTestId("design-step-1").click();
  await expect(page.getByRole("heading", { level: 1, name: /^1\. Business objectives/ })).toBeVisible();
  await page.getByLabel("Business objective").fill("Cut fraud losses by a fifth this year.");
  await page.getByLabel("Hypothesis linking").fill("Higher recall at the same review rate lowers losses.");
  await page.getByLabel("Latency p50 at peak").fill("20");
  await saved(page);
  await expect(page.getByTestId("section-completeness")).toContainText("3 of 7 required answered (42%)");
  await page.goto(projectUrl);
  await expect(page.getByTestId("design-step-1")).toContainText("Draft · 42%");
});

test("two people editing different paragraphs of the notes are merged cleanly; the same sentence shows both", async ({ page, browser }) => {
  await newProject(page, `Merge e2e ${Date.now()}`);
  await page.getByTestId("design-step-2").click();
  await expect(page.getByRole("heading", { level: 1, name: /^2\. Problem framing/ })).toBeVisible();
  const stepUrl = page.url();
  const a = page.getByLabel("Notes (Markdown)");
  await a.fill(notes("Para one.", "Para two.", "Para three."));
  await saved(page);

  const { context, page: other } = await secondUser(browser, stepUrl);
  const b = other.getByLabel("Notes (Markdown)");
  await expect(b).toHaveValue(notes("Para one.", "Para two.", "Para three."));

  // Different paragraphs: the second save merges without asking.
  await a.fill(notes("Para one, edited by Theo.", "Para two.", "Para three."));
  await saved(page);
  await b.fill(notes("Para one.", "Para two.", "Para three, edited by Priya."));
  await expect(other.getByTestId("save-status")).toHaveText("All changes saved (merged with another person's changes)", { timeout: 15_000 });
  await expect(b).toHaveValue(notes("Para one, edited by Theo.", "Para two.", "Para three, edited by Priya."));
  await page.reload();
  await expect(a).toHaveValue(notes("Para one, edited by Theo.", "Para two.", "Para three, edited by Priya."));

  // Same sentence: the conflict view keeps both, and merging keeps both between markers.
  await a.fill(notes("Para one, edited by Theo.", "Theo's second paragraph.", "Para three, edited by Priya."));
  await saved(page);
  await b.fill(notes("Para one, edited by Theo.", "Priya's second paragraph.", "Para three, edited by Priya."));
  await expect(other.getByTestId("save-status")).toHaveText(/someone else changed this section/, { timeout: 15_000 });
  await expect(other.getByTestId("conflict-mine")).toContainText("Priya's second paragraph.");
  await expect(other.getByTestId("conflict-theirs")).toContainText("Theo's second paragraph.");
  await expect(b).toHaveValue(/Priya's second paragraph\./);
  await other.getByRole("button", { name: "Merge, keeping both" }).click();
  await expect(b).toHaveValue(/<<<<<<< your version\nPriya's second paragraph\.\n=======\nTheo's second paragraph\.\n>>>>>>> their version/);
  await saved(other);
  await context.close();
});

test("the exported Markdown holds what was typed, and HTML in notes renders as text", async ({ page }) => {
  const projectUrl = await newProject(page, `Export e2e ${Date.now()}`);
  await page.goto(`${projectUrl}/design/3`);
  await page.getByLabel("Dataflow mode").selectOption("stream");
  await page.getByLabel("Notes (Markdown)").fill("Events arrive through **Kafka**.\n\n<script>window.__pwned = 1</script>\n\n[bad](javascript:alert(1)) [good](https://example.com)");
  await saved(page);
  await page.getByRole("button", { name: "Preview notes" }).click();
  const preview = page.getByTestId("notes-preview");
  await expect(preview.locator("strong")).toHaveText("Kafka");
  await expect(preview).toContainText("<script>window.__pwned = 1</script>");
  await expect(preview.locator("script")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(preview.getByRole("link", { name: "good" })).toHaveAttribute("href", "https://example.com");
  expect(await preview.getByText("bad").getAttribute("href")).toBeFalsy();

  const response = await page.request.get(`${projectUrl}/design/export`);
  expect(response.status()).toBe(200);
  const markdown = await response.text();
  expect(markdown).toContain("**Dataflow mode:** Streaming only");
  expect(markdown).toContain("Events arrive through **Kafka**.");
});

test("unsaved changes warn before leaving, and edits made offline are saved when the connection returns", async ({ page, context }) => {
  const projectUrl = await newProject(page, `Offline e2e ${Date.now()}`);
  await page.goto(`${projectUrl}/design/4`);
  await saved(page);
  const notesBox = page.getByLabel("Notes (Markdown)");

  await notesBox.fill("Typed, then straight to the link.");
  page.once("dialog", (dialog) => void dialog.dismiss());
  await page.getByRole("link", { name: /All ten steps/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^4\. Training data/ })).toBeVisible();
  await saved(page);

  await context.setOffline(true);
  await notesBox.fill("Written on a train.");
  await expect(page.getByTestId("save-status")).toHaveText(/^Offline/, { timeout: 15_000 });
  await context.setOffline(false);
  await saved(page);
  await page.reload();
  await expect(notesBox).toHaveValue("Written on a train.");
});
