// `npm run bench`: figures for the Learn targets, printed, never asserted.
//   - first-load JavaScript of a lesson page (gzip), target under 150 KB
//   - response time of the static lesson HTML (median over sequential requests), target under 20 ms
//   - lesson search: time per query against the built index, target under 50 ms
// Needs a production build (`npm run build`). Starts its own server on BENCH_PORT (3200).
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import MiniSearch from "minisearch";
import { SEARCH_OPTIONS } from "../../server/content/search-index";

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const base = `http://localhost:${PORT}`;
const LESSON = "/learn/training-data";
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;

const server = spawn("npx", ["next", "start", "-p", String(PORT)], {
  stdio: "ignore",
  detached: true,
  env: { ...process.env, CAUSEWAY_DATA_DIR: ".data/bench", NEXT_TELEMETRY_DISABLED: "1" },
});
const stop = () => {
  try {
    process.kill(-server.pid!, "SIGTERM");
  } catch {}
};
process.on("exit", stop);

try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}${LESSON}`)).ok) break;
    } catch {}
    if (i > 120) throw new Error("server did not start within 60 s (run `npm run build` first)");
    await new Promise((r) => setTimeout(r, 500));
  }

  const html = await (await fetch(`${base}${LESSON}`)).text();
  // noModule scripts are polyfills only legacy browsers download; modern browsers skip them.
  const scripts = [...html.matchAll(/<script([^>]*)src="([^"]+)"([^>]*)>/g)].filter((m) => !/noModule/i.test(m[1]! + m[3]!)).map((m) => m[2]!);
  let external = 0;
  for (const src of [...new Set(scripts)]) external += gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length;
  const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join("");
  const inlineGz = gzipSync(Buffer.from(inline)).length;
  const htmlGz = gzipSync(Buffer.from(html)).length;

  const times: number[] = [];
  for (let i = 0; i < 220; i++) {
    const t0 = performance.now();
    await (await fetch(`${base}${LESSON}`)).arrayBuffer();
    if (i >= 20) times.push(performance.now() - t0);
  }

  const index = MiniSearch.loadJSON(readFileSync("public/search-index.json", "utf8"), SEARCH_OPTIONS);
  const queries = ["label shift", "feature store", "canary", "reservoir sampling", "calibration", "batch prediction", "leakage", "bandit", "model card", "stream"];
  const searchTimes: number[] = [];
  for (let round = 0; round < 20; round++) {
    for (const q of queries) {
      const t0 = performance.now();
      index.search(q);
      searchTimes.push(performance.now() - t0);
    }
  }

  console.log(`Lesson page ${LESSON}`);
  console.log(`  first-load JavaScript (gzip): ${kb(external)} in ${new Set(scripts).size} files (target < 150 KB)`);
  console.log(`  inline RSC payload (gzip):    ${kb(inlineGz)}; whole HTML (gzip): ${kb(htmlGz)}`);
  console.log(`  static HTML response time:    median ${median(times).toFixed(2)} ms, p95 ${p95(times).toFixed(2)} ms over ${times.length} requests (target median < 20 ms)`);
  console.log(`Lesson search (${index.documentCount} entries, index ${kb(gzipSync(readFileSync("public/search-index.json")).length)} gzip)`);
  console.log(`  per query: median ${median(searchTimes).toFixed(2)} ms, p95 ${p95(searchTimes).toFixed(2)} ms over ${searchTimes.length} queries (target < 50 ms)`);
} finally {
  stop();
}
process.exit(0);
