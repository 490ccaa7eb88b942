// `npx tsx scripts/seed-overlap.ts [seed folder]`: every run of 8 consecutive words that a
// chapter guide, its quiz or a glossary file shares with the source documents. The product's text
// is written in its own words, so the expected count is 0. Words are lower-cased letters and
// digits; punctuation and markup are ignored. Exits with status 1 when anything overlaps.
// tests/unit/seed-overlap.test.ts runs the same check when the seeds folder is present.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const RUN_LENGTH = 8;
export const DEFAULT_SEED_DIR = path.join(process.cwd(), "..", "shared", "seeds");
const CONTENT_DIRS = ["content/chapters", "content/glossary", "content/model", "content/plan"];

function grams(text: string): Set<string> {
  const w = text.toLowerCase().match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + RUN_LENGTH <= w.length; i++) out.add(w.slice(i, i + RUN_LENGTH).join(" "));
  return out;
}

/** "file: run" for every 8-word run a content file shares with a seed document. */
export function sharedRuns(seedDir = DEFAULT_SEED_DIR, dirs = CONTENT_DIRS): string[] {
  const seeds = new Set<string>();
  for (const f of readdirSync(seedDir)) for (const g of grams(readFileSync(path.join(seedDir, f), "utf8"))) seeds.add(g);
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .sort()
      .flatMap((f) => [...grams(readFileSync(path.join(dir, f), "utf8"))].filter((g) => seeds.has(g)).map((g) => `${dir}/${f}: "${g}"`)),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const seedDir = process.argv[2] ?? DEFAULT_SEED_DIR;
  const runs = sharedRuns(seedDir);
  for (const r of runs) console.log(r);
  console.log(`${runs.length} shared ${RUN_LENGTH}-word runs with ${seedDir}`);
  process.exit(runs.length ? 1 : 0);
}
