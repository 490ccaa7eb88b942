// `npx tsx scripts/seed-overlap.ts [seed folder]`: every run of 8 consecutive words that a
// chapter guide, its quiz or a glossary file shares with the source documents. The product's text
// is written in its own words, so the expected count is 0. Words are lower-cased letters and
// digits; punctuation and markup are ignored. Exits with status 1 when anything overlaps.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

const N = 8;
const seedDir = process.argv[2] ?? path.join(process.cwd(), "..", "shared", "seeds");

function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? [];
}

function grams(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + N <= w.length; i++) out.add(w.slice(i, i + N).join(" "));
  return out;
}

const seeds = new Set<string>();
for (const f of readdirSync(seedDir)) for (const g of grams(readFileSync(path.join(seedDir, f), "utf8"))) seeds.add(g);

let total = 0;
for (const dir of ["content/chapters", "content/glossary", "content/model", "content/plan"]) {
  for (const f of readdirSync(dir).sort()) {
    const shared = [...grams(readFileSync(path.join(dir, f), "utf8"))].filter((g) => seeds.has(g));
    total += shared.length;
    for (const g of shared) console.log(`${dir}/${f}: "${g}"`);
  }
}
console.log(`${total} shared ${N}-word runs with ${seedDir}`);
process.exit(total ? 1 : 0);
