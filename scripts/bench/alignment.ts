// Alignment figures, printed, never asserted:
//   - the alignment view's data for a project with 10,000 check-ins (median, p99), target < 50 ms
//   - CSV import of 10,000 rows (median, p99 of several runs), target < 3 s
// On in-memory PGlite, and on PostgreSQL when BENCH_DATABASE_URL is set (a fresh database is created
// and dropped). Services import "server-only", so run it as
//   npx tsx --conditions=react-server scripts/bench/alignment.ts
import { openBenchDatabase } from "./support/database";
import { randomBytes } from "node:crypto";
import { createCaller } from "../../server/api/root";
import { createContextInner } from "../../server/api/trpc";
import type { Connection } from "../../server/db/connection";
import { addDays } from "../../server/domain/alignment";

const ROWS = 10_000;
const VIEW_RUNS = 30;
const IMPORT_RUNS = 3;

/** Wall time and this process's CPU time (user + system) of one call, in ms. */
async function time<T>(f: () => Promise<T>): Promise<{ wall: number; cpu: number; value: T }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await f();
  const c = process.cpuUsage(c0);
  return { wall: performance.now() - t0, cpu: (c.user + c.system) / 1000, value };
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

function csvOf(metricNames: string[]) {
  const lines = [`date,business_value,${metricNames.join(",")},confidence,note`];
  for (let i = 0; i < ROWS; i++) {
    const values = metricNames.map((_, j) => (70 + Math.sin(i / 9 + j) * 5 + i / 1000).toFixed(3));
    lines.push(`${addDays("1990-01-01", i)},${(200 - i / 100 + Math.cos(i / 7) * 3).toFixed(2)},${values.join(",")},${i % 3 === 0 ? "at risk" : "on track"},"note ${i}, checked"`);
  }
  return lines.join("\n");
}

async function run(label: string, conn: Connection) {
  const { db } = conn;
  const user = await db.user.create({ data: { email: `bench-${randomBytes(4).toString("hex")}@example.test`, name: "Bench", passwordHash: "x" }, select: { id: true, email: true, name: true } });
  const as = createCaller(createContextInner({ db, user }));
  const ws = await as.workspace.create({ name: "Bench workspace" });
  const project = await as.project.create({ workspaceId: ws.id, name: "Bench project" });
  const metricNames = ["Recall", "Precision", "AUC"];
  const metrics = [];
  for (const name of metricNames) metrics.push(await as.alignment.createMlMetric({ projectId: project.id, name, baseline: 60, target: 90, direction: "INCREASE" }));

  const importTimes: number[] = [];
  const importCpu: number[] = [];
  const previewTimes: number[] = [];
  const csv = csvOf(metricNames);
  let viewObjective = "";
  for (let r = 0; r < IMPORT_RUNS; r++) {
    const o = await as.alignment.createObjective({ projectId: project.id, statement: `Objective ${r}`, metricName: "Losses", baseline: 200, target: 100, direction: "DECREASE" });
    for (const m of metrics) await as.alignment.setMapping({ objectiveId: o.id, mlMetricId: m.id, hypothesis: "Better model, fewer losses." });
    previewTimes.push((await time(() => as.alignment.previewImport({ objectiveId: o.id, csv }))).wall);
    const run = await time(() => as.alignment.importCheckIns({ objectiveId: o.id, csv }));
    importTimes.push(run.wall);
    importCpu.push(run.cpu);
    if (run.value.imported !== ROWS) throw new Error(`imported ${run.value.imported}`);
    if (r === 0) viewObjective = o.id;
    if (r > 0) await as.alignment.deleteObjective({ objectiveId: o.id }); // the measured project keeps one objective of 10,000
  }
  if (!viewObjective) throw new Error("no objective");

  const viewTimes: number[] = [];
  const viewCpu: number[] = [];
  for (let i = 0; i < VIEW_RUNS + 3; i++) {
    const run = await time(() => as.alignment.view({ projectId: project.id }));
    if (i < 3) continue; // first calls warm the caches
    viewTimes.push(run.wall);
    viewCpu.push(run.cpu);
  }
  const [load] = (await import("node:os")).loadavg();
  console.log(`${label} (load average ${load!.toFixed(1)}; cpu = this process's CPU time, which on PGlite includes the database)`);
  console.log(`  alignment view, project with ${ROWS.toLocaleString("en-US")} check-ins: median ${ms(quantile(viewTimes, 0.5))}, p99 ${ms(quantile(viewTimes, 0.99))}; cpu median ${ms(quantile(viewCpu, 0.5))} (target < 50 ms)`);
  console.log(`  CSV preview of ${ROWS.toLocaleString("en-US")} rows (validation, nothing written): median ${ms(quantile(previewTimes, 0.5))}`);
  console.log(`  CSV import of ${ROWS.toLocaleString("en-US")} rows (${(Buffer.byteLength(csv) / 1024 / 1024).toFixed(2)} MB): median ${ms(quantile(importTimes, 0.5))}, p99 ${ms(quantile(importTimes, 0.99))}; cpu median ${ms(quantile(importCpu, 0.5))} over ${IMPORT_RUNS} runs (target < 3,000 ms)`);
}

for (const [kind, label] of [["pglite", "PGlite (in memory)"], ["postgres", "PostgreSQL server"]] as const) {
  if (kind === "postgres" && !process.env.BENCH_DATABASE_URL) break;
  const { conn, drop } = await openBenchDatabase(kind);
  try {
    await run(label, conn);
  } finally {
    await drop();
  }
}
