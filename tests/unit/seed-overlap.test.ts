// Facts from the source documents carry into the product; their sentences do not.
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_SEED_DIR, sharedRuns } from "../../scripts/seed-overlap";

const seedDir = process.env.CAUSEWAY_SEED_DIR ?? DEFAULT_SEED_DIR;

describe("own words", () => {
  it.skipIf(!existsSync(seedDir))("shares no run of 8 words with the source documents", () => {
    expect(sharedRuns(seedDir)).toEqual([]);
  });

  it("finds a copied sentence, whatever its case and punctuation", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "seeds-"));
    const copied = "Active learning sends analysts the cases the model is least sure of";
    writeFileSync(path.join(dir, "seed.txt"), `Intro. ${copied.toUpperCase()}, and more.`);
    const runs = sharedRuns(dir, ["content/chapters"]);
    expect(runs.some((r) => r.startsWith("content/chapters/ch05.mdx"))).toBe(true);
  });
});
