// The loader reports broken content files by name, with the field and the problem.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ContentError, loadContent } from "../../server/content/load";

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

function copyContent() {
  dir = mkdtempSync(path.join(tmpdir(), "causeway-content-"));
  cpSync(path.join(process.cwd(), "content"), dir, { recursive: true });
  return dir;
}

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (e) {
    if (e instanceof ContentError) return e.problems;
    throw e;
  }
  return [];
}

describe("loadContent", () => {
  it("names the file and field of invalid frontmatter", () => {
    const d = copyContent();
    const file = path.join(d, "chapters", "ch03.mdx");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^levers: .*$/m, "levers: [good_vibes]"));
    const problems = problemsOf(() => loadContent(d));
    expect(problems.some((p) => /ch03\.mdx: levers\.0: is not a design lever id/.test(p))).toBe(true);
  });

  it("names a glossary file that is not valid JSON", () => {
    const d = copyContent();
    writeFileSync(path.join(d, "glossary", "ch07.json"), "[{ oops");
    expect(problemsOf(() => loadContent(d)).some((p) => p.includes("ch07.json"))).toBe(true);
  });

  it("accepts the content as committed", () => {
    expect(problemsOf(() => loadContent())).toEqual([]);
  });
});
