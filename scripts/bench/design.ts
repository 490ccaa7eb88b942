// Design-document speed: load a document whose ten sections are filled and which holds 500
// revisions, and save a section. Median and p99 server-side time through the tRPC caller, on
// in-memory PGlite and, when BENCH_DATABASE_URL is set, on a fresh PostgreSQL database.
// Targets: load under 30 ms median, save under 20 ms median. Printed, never asserted.
// Run: npx tsx --conditions=react-server scripts/bench/design.ts   (the services import "server-only")
import { openBenchDatabase } from "./support/database";
import { createCaller } from "../../server/api/root";
import { createContextInner } from "../../server/api/trpc";
import type { Connection } from "../../server/db/connection";

const REVISIONS = 500;
const RUNS = 200;
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)]!;
const p99 = (xs: number[]) => sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * 0.99))]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function time(runs: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    out.push(performance.now() - start);
  }
  return out;
}

async function bench(conn: Connection, label: string) {
  const { db } = conn;
  const user = await db.user.create({ data: { email: `bench.${Date.now()}@example.test`, name: "Bench", passwordHash: "x" }, select: { id: true, email: true, name: true } });
  const as = createCaller(() => createContextInner({ db, user }));
  const workspace = await as.workspace.create({ name: "Bench workspace" });
  const project = await as.project.create({ workspaceId: workspace.id, name: "Bench project" });
  const projectId = project.id;
  await as.design.applyExample({ projectId, example: "card_fraud" });

  // 500 revisions spread over the ten sections (plus the ten the example wrote).
  const revision = new Map<number, number>(Array.from({ length: 10 }, (_, i) => [i + 1, 1]));
  const saveOnce = async (step: number, i: number) => {
    const { section } = await as.design.getSection({ projectId, step: step as 1 });
    const r = await as.design.saveSection({
      projectId,
      step: step as 1,
      baseRevision: revision.get(step)!,
      content: { ...section.content, notes: `${section.content.notes}\n\nEdit ${i}.`.slice(-5000) },
    });
    revision.set(step, r.section.revision);
  };
  for (let i = 0; i < REVISIONS - 10; i++) await saveOnce((i % 10) + 1, i);

  const loadToc = await time(RUNS, () => as.design.getDocument({ projectId }));
  const loadSection = await time(RUNS, (i) => as.design.getSection({ projectId, step: ((i % 10) + 1) as 1 }));
  const loadAll = await time(RUNS / 4, () => as.design.exportMarkdown({ projectId }));
  const { section } = await as.design.getSection({ projectId, step: 5 });
  let base = section.revision;
  const save = await time(RUNS, async (i) => {
    const r = await as.design.saveSection({ projectId, step: 5, baseRevision: base, content: { ...section.content, notes: `Bench edit ${i}` } });
    base = r.section.revision;
  });
  const rows: [string, number[], number][] = [
    ["load: table of contents (10 sections)", loadToc, 30],
    ["load: one section with comments", loadSection, 30],
    ["load: whole document as Markdown", loadAll, 30],
    ["save: one section", save, 20],
  ];
  console.log(`\n${label} — ${REVISIONS} revisions in the document`);
  console.log("| measure | median | p99 | target (median) |\n| --- | --- | --- | --- |");
  for (const [name, xs, target] of rows) console.log(`| ${name} | ${ms(median(xs))} | ${ms(p99(xs))} | under ${target} ms |`);
}

for (const [kind, label] of [["pglite", "PGlite (in memory)"], ["postgres", "PostgreSQL server"]] as const) {
  if (kind === "postgres" && !process.env.BENCH_DATABASE_URL) break;
  const { conn, drop } = await openBenchDatabase(kind);
  try {
    await bench(conn, label);
  } finally {
    await drop();
  }
}
