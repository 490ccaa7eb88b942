// `npm run bench`: runs every benchmark in scripts/bench/ one after another and prints their figures.
// Figures are printed, never asserted. Needs a production build (`npm run build`).
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";

const only = process.argv.slice(2);
const scripts = readdirSync("scripts/bench")
  .filter((f) => f.endsWith(".ts") && f !== "run-all.ts")
  .filter((f) => only.length === 0 || only.includes(f.replace(/\.ts$/, "")))
  .sort();
let failed = 0;
for (const file of scripts) {
  console.log(`\n=== ${file.replace(/\.ts$/, "")} ===`);
  const result = spawnSync("npx", ["tsx", "--conditions=react-server", `scripts/bench/${file}`], { stdio: "inherit" });
  if (result.status !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
