// `npm run bench` (pages): signed-in workspace pages beside the static lesson page, on PGlite and,
// when BENCH_DATABASE_URL names a PostgreSQL server, on a fresh database there too.
//   - sequential: median and p95 response time over 200 requests per page (loopback, one at a time),
//     and the server's CPU time per request (less disturbed by other work on the machine)
//   - under load: autocannon, 20 connections for 10 s, signed-in projects page vs lesson page
//   - the server's resident memory before, right after the load, and after 15 s idle
// Targets (issue 6): signed-in pages under 10 ms median sequentially; at least half the lesson
// page's requests/s under the same load. Needs a production build (`npm run build`).
import autocannon from "autocannon";
import { cpuMs, createFreshDatabase, median, pct, rssMb, signInCookie, startServer } from "./support/server";

const PORT = Number(process.env.BENCH_PORT ?? 3200) + 1;
const LESSON = "/learn/training-data";

async function timeSequential(url: string, cookie: string | undefined, pid: number, n = 200) {
  for (let i = 0; i < 20; i++) await (await fetch(url, { headers: cookie ? { cookie } : {} })).arrayBuffer();
  const times: number[] = [];
  const cpu0 = cpuMs(pid);
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const res = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: "manual" });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
    times.push(performance.now() - t0);
  }
  return { median: median(times), p95: pct(times, 0.95), cpuPerRequest: (cpuMs(pid) - cpu0) / n };
}

async function load(url: string, cookie?: string) {
  const result = await autocannon({ url, connections: 20, duration: 10, headers: cookie ? { cookie } : {} });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
}

async function run(label: string, env: Record<string, string>) {
  const server = await startServer(PORT, env);
  try {
    const cookie = await signInCookie(server.base, "maya@demo.causeway.dev", "causeway-demo");
    const listHtml = await (await fetch(`${server.base}/w/northwind/projects`, { headers: { cookie } })).text();
    const projectPath = listHtml.match(/href="(\/w\/northwind\/projects\/[^"]+)"/)?.[1];
    const pages = ["/w/northwind/projects", ...(projectPath ? [projectPath] : []), "/w/northwind/settings", "/w/northwind/learn"];
    console.log(`\n${label}`);
    console.log(`  memory at start: ${rssMb(server.pid)} MB RSS`);
    const lesson = await timeSequential(`${server.base}${LESSON}`, undefined, server.pid);
    console.log(`  sequential ${LESSON.padEnd(34)} median ${lesson.median.toFixed(1)} ms, p95 ${lesson.p95.toFixed(1)} ms, server CPU ${lesson.cpuPerRequest.toFixed(1)} ms/request`);
    // The sign-in page is rendered per request but reads no data: the floor of a dynamic page here.
    const floor = await timeSequential(`${server.base}/signin`, undefined, server.pid);
    console.log(`  sequential ${"/signin (dynamic, no data: floor)".padEnd(34)} median ${floor.median.toFixed(1)} ms, p95 ${floor.p95.toFixed(1)} ms, server CPU ${floor.cpuPerRequest.toFixed(1)} ms/request`);
    for (const page of pages) {
      const r = await timeSequential(`${server.base}${page}`, cookie, server.pid);
      const shown = page.replace(/projects\/[^/]+$/, "projects/<id>");
      console.log(`  sequential ${shown.padEnd(34)} median ${r.median.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, server CPU ${r.cpuPerRequest.toFixed(1)} ms/request (target median < 10 ms)`);
    }
    const lessonLoad = await load(`${server.base}${LESSON}`);
    const pageLoad = await load(`${server.base}/w/northwind/projects`, cookie);
    const ratio = pageLoad.rps / lessonLoad.rps;
    console.log(`  20 connections, 10 s: lesson ${lessonLoad.rps.toFixed(0)} req/s (p50 ${lessonLoad.p50} ms, p99 ${lessonLoad.p99} ms)`);
    console.log(
      `                        projects ${pageLoad.rps.toFixed(0)} req/s (p50 ${pageLoad.p50} ms, p99 ${pageLoad.p99} ms, non-2xx ${pageLoad.non2xx}) = ${(ratio * 100).toFixed(0)}% of the lesson page (target ≥ 50%)`,
    );
    console.log(`  memory right after the load: ${rssMb(server.pid)} MB RSS`);
    await new Promise((r) => setTimeout(r, 15_000));
    console.log(`  memory after 15 s idle:       ${rssMb(server.pid)} MB RSS`);
  } finally {
    await server.stop();
  }
}

await run("Signed-in pages on PGlite (embedded)", { CAUSEWAY_DATA_DIR: ".data/bench-pages", DATABASE_URL: "" });
const serverUrl = process.env.BENCH_DATABASE_URL;
if (serverUrl) {
  const database = await createFreshDatabase(serverUrl, "causeway_bench");
  try {
    await run("Signed-in pages on PostgreSQL", { CAUSEWAY_DATA_DIR: ".data/bench-pages-pg", DATABASE_URL: database.url });
  } finally {
    await database.drop();
  }
} else {
  console.log("\n(Set BENCH_DATABASE_URL=postgresql://… to run the same figures on a PostgreSQL server.)");
}
process.exit(0);
