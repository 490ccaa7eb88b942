// `npx tsx scripts/bench/causal-model.ts`: figures for the causal model explorer, printed, never
// asserted.
//   - first-load JavaScript of /learn/model (gzip; React Flow and the engine, no elkjs), target under 250 KB
//   - the engine's full what-if (projection, sensitivity, bottleneck, recommendations) per slider move
// Needs a production build (`npm run build`). Starts its own server on BENCH_PORT (3200).
import { spawn } from "node:child_process";
import { gzipSync } from "node:zlib";
import { loadCausalModel } from "../../server/content/causal-model";
import { recommend, whatIf } from "../../server/domain/causal";

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const base = `http://localhost:${PORT}`;
const PAGE = "/learn/model";
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]!;

const model = loadCausalModel();
const assessed = Object.fromEntries(model.nodes.filter((n) => n.kind === "lever" || n.kind === "condition").map((n) => [n.id, 50]));
const times: number[] = [];
for (let i = 0; i < 2200; i++) {
  const t0 = performance.now();
  recommend(whatIf(model, assessed, { training_data_quality: i % 101 }), model.guidance);
  if (i >= 200) times.push(performance.now() - t0);
}
console.log(`What-if per slider move (projection, sensitivity, bottleneck, top three), ${times.length} runs`);
console.log(`  median ${quantile(times, 0.5).toFixed(3)} ms, p99 ${quantile(times, 0.99).toFixed(3)} ms`);

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
      if ((await fetch(`${base}${PAGE}`)).ok) break;
    } catch {}
    if (i > 120) throw new Error("server did not start within 60 s (run `npm run build` first)");
    await new Promise((r) => setTimeout(r, 500));
  }
  const html = await (await fetch(`${base}${PAGE}`)).text();
  // noModule scripts are polyfills only legacy browsers download; modern browsers skip them.
  const scripts = [...new Set([...html.matchAll(/<script([^>]*)src="([^"]+)"([^>]*)>/g)].filter((m) => !/noModule/i.test(m[1]! + m[3]!)).map((m) => m[2]!))];
  let total = 0;
  let elk = false;
  for (const src of scripts) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    if (body.includes("org.eclipse.elk")) elk = true;
    total += gzipSync(body).length;
  }
  console.log(`Page ${PAGE}`);
  console.log(`  first-load JavaScript (gzip): ${kb(total)} in ${scripts.length} files (target < 250 KB); elkjs in the bundle: ${elk ? "YES" : "no"}`);
  console.log(`  whole HTML (gzip): ${kb(gzipSync(Buffer.from(html)).length)}`);
} finally {
  stop();
}
process.exit(0);
