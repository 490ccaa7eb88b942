// Steer figures, printed, never asserted, on PGlite (in memory) and, when BENCH_DATABASE_URL is set,
// on a fresh database of that PostgreSQL server:
//   - a project's dashboard data with 40 closed rounds × 30 respondents × 50 items (target p99 < 50 ms)
//   - the workspace portfolio with 200 projects, each with two closed rounds (target p99 < 100 ms)
// Server-side time through the tRPC caller (authorisation included), no HTTP. Then, when a production
// build exists, the project dashboard page's first-load JavaScript (gzip; target < 250 KB), signed in
// as a demo user on the demo seed's fraud project (own server on BENCH_PORT, 3200 by default).
// Run: npx tsx --conditions=react-server scripts/bench/steer.ts  (the router imports "server-only")
import { openBenchDatabase } from "./support/database";
import { existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { createCaller } from "../../server/api/root";
import { createContextInner } from "../../server/api/trpc";
import type { Connection } from "../../server/db/connection";
import { CONDITION_IDS, LEVER_IDS } from "../../server/content/ids";
import type { LevelsRubric } from "../../server/domain/assess";
import { closeRoundNow } from "../../server/services/assess/close-round-now";
import { signInCookie, startServer } from "./support/server";

const RESPONDENTS = 30;
const ROUNDS = 40;
const PROJECTS = 200;
const RUNS = 200;
const LEVERS: readonly string[] = LEVER_IDS;
const CONDITIONS: readonly string[] = CONDITION_IDS.slice(0, 1); // 10 groups × 5 items = the 50 items the issue names
const ITEMS_PER_GROUP = 5; // 10 groups × 5 = 50 items

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)]!;
const p99 = (xs: number[]) => sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * 0.99))]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

const rubric: LevelsRubric = {
  id: "bench",
  name: "Bench rubric",
  kind: "levels",
  bands: [0, 20, 40, 60, 80].map((min, i) => ({ id: `b${i}`, name: `Band ${i}`, min, max: min + 20, description: "" })),
  groups: [...LEVERS, ...CONDITIONS].map((nodeId) => ({
    nodeId,
    kind: CONDITIONS.includes(nodeId) ? ("condition" as const) : ("lever" as const),
    direction: CONDITIONS.includes(nodeId) ? ("higher_is_worse" as const) : ("higher_is_better" as const),
    items: Array.from({ length: ITEMS_PER_GROUP }, (_, i) => ({ id: `${nodeId}_${i}`, text: `Item ${i} of ${nodeId}`, planStep: 1 + (i % 10), chapter: "ch01", levels: ["0", "1", "2", "3", "4"] })),
  })),
};
const itemIds = rubric.groups.flatMap((g) => g.items.map((i) => i.id));


/** Process CPU time (ms) each timed call used, beside its wall time: on a machine shared with other work the
 * wall-clock p99 mostly measures the neighbours; on PGlite the database runs in this process, so CPU covers it. */
const cpuTimes = new WeakMap<number[], number[]>();

async function time(n: number, call: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 10; i++) await call(); // warm-up
  const out: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    await call();
    out.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  cpuTimes.set(out, cpu);
  return out;
}

const cpuText = (wall: number[]) => {
  const cpu = cpuTimes.get(wall)!;
  return `CPU median ${ms(median(cpu))}, p99 ${ms(p99(cpu))}`;
};

async function run(kind: "pglite" | "postgres") {
  const { conn, drop } = await openBenchDatabase(kind);
  const db = conn.db;
  try {
    const users = await Promise.all(
      Array.from({ length: RESPONDENTS }, (_, i) => db.user.create({ data: { email: `bench${i}@example.test`, name: `Bench ${i}` }, select: { id: true, email: true, name: true } })),
    );
    const owner = users[0]!;
    const disciplines = ["MANAGER", "ML_ENGINEER", "DATA_SCIENTIST"] as const;
    const workspace = await db.workspace.create({
      data: { name: "Bench", slug: "bench", memberships: { create: users.map((u, i) => ({ userId: u.id, role: i === 0 ? "OWNER" : "MEMBER", discipline: disciplines[i % 3]! })) } },
      select: { id: true },
    });
    const version = await db.rubricVersion.create({ data: { workspaceId: workspace.id, templateId: "bench", version: 1, contentHash: "bench", content: rubric as object }, select: { id: true } });
    const caller = createCaller(() => createContextInner({ db, user: owner }));

    const closedRound = async (projectId: string, respondents: number, seed: number, closedAt: Date) => {
      const round = await db.assessmentRound.create({
        data: { workspaceId: workspace.id, projectId, title: `Round ${seed}`, rubricVersionId: version.id, closesAt: new Date(Date.now() + 86_400_000), openedById: owner.id, anonymous: seed % 2 === 0 },
        select: { id: true, anonymous: true },
      });
      const who = users.slice(0, respondents);
      await db.roundParticipant.createMany({ data: who.map((u, i) => ({ roundId: round.id, userId: u.id, status: "SUBMITTED" as const, discipline: disciplines[i % 3]! })) });
      await db.roundAnswer.createMany({
        data: who.flatMap((u, ui) => itemIds.map((itemId, ii) => ({ roundId: round.id, userId: u.id, itemId, level: (ui + ii + seed) % 9 === 0 ? null : (ui * 3 + ii + seed) % 5, dontKnow: (ui + ii + seed) % 9 === 0 }))),
      });
      await closeRoundNow(db, round, closedAt);
    };

    // Dashboard: one project, 40 closed rounds of 30 respondents × 50 items.
    const project = await db.project.create({ data: { workspaceId: workspace.id, name: "Bench project", ownerId: owner.id }, select: { id: true } });
    const t0 = Date.now() - ROUNDS * 86_400_000;
    for (let r = 0; r < ROUNDS; r++) await closedRound(project.id, RESPONDENTS, r, new Date(t0 + r * 86_400_000));
    const dashboard = await time(RUNS, async () => {
      const d = await caller.steer.dashboard({ projectId: project.id });
      if (d.rounds.length !== ROUNDS || d.groups.length !== LEVERS.length + CONDITIONS.length) throw new Error("dashboard returned the wrong shape");
    });

    // Portfolio: 200 projects in a second workspace, each with two closed rounds (3 respondents).
    const portfolioWs = await db.workspace.create({ data: { name: "Portfolio", slug: "portfolio", memberships: { create: users.map((u, i) => ({ userId: u.id, role: i === 0 ? "OWNER" : "MEMBER", discipline: disciplines[i % 3]! })) } }, select: { id: true } });
    const projectRows = Array.from({ length: PROJECTS }, (_, i) => ({ id: `bench_p_${i}`, workspaceId: portfolioWs.id, name: `Project ${i}`, ownerId: owner.id }));
    await db.project.createMany({ data: projectRows });
    // Group scores written directly (closing 400 rounds would only slow the setup): what closing stores.
    const rounds = projectRows.flatMap((p, i) => [0, 1].map((k) => ({ id: `bench_r_${i}_${k}`, workspaceId: portfolioWs.id, projectId: p.id, title: `Q${k + 1}`, rubricVersionId: version.id, status: "CLOSED" as const, closesAt: new Date(t0 + k * 86_400_000), closedAt: new Date(t0 + k * 86_400_000), openedById: owner.id })));
    await db.assessmentRound.createMany({ data: rounds });
    await db.roundGroupScore.createMany({
      data: rounds.flatMap((r, ri) =>
        rubric.groups.map((g, gi) => ({ roundId: r.id, projectId: r.projectId, workspaceId: r.workspaceId, groupId: g.nodeId, kind: g.kind, direction: g.direction, score: (ri * 7 + gi * 13) % 101, bandId: null, closedAt: r.closedAt })),
      ),
    });
    const portfolio = await time(RUNS, async () => {
      const rows = await caller.steer.portfolio({ workspaceId: portfolioWs.id });
      if (rows.length !== PROJECTS || rows.some((r) => !r.latest || r.latest.title !== "Q2")) throw new Error("portfolio returned the wrong rows");
    });
    const floor = await time(RUNS, () => caller.project.get({ projectId: project.id }));
    console.log(
      `${kind.padEnd(8)} dashboard (${ROUNDS} rounds × ${RESPONDENTS} × ${itemIds.length}): median ${ms(median(dashboard))}, p99 ${ms(p99(dashboard))}; ${cpuText(dashboard)} (n=${RUNS}, target p99 < 50 ms)` +
        ` | portfolio (${PROJECTS} projects): median ${ms(median(portfolio))}, p99 ${ms(p99(portfolio))}; ${cpuText(portfolio)} (n=${RUNS}, target p99 < 100 ms)` +
        ` | floor (project.get): median ${ms(median(floor))}`,
    );
  } finally {
    await drop();
  }
}

async function firstLoadJs() {
  if (!existsSync(".next/BUILD_ID")) return console.log("first-load JS: skipped (run `npm run build` first)");
  const port = Number(process.env.BENCH_PORT ?? 3200);
  const server = await startServer(port, { CAUSEWAY_DATA_DIR: `.data/bench-steer-${port}`, DATABASE_URL: "" });
  try {
    const cookie = await signInCookie(server.base, "priya@demo.causeway.dev", "causeway-demo");
    const list = await (await fetch(`${server.base}/w/northwind/projects`, { headers: { cookie } })).text();
    const id = list.match(/href="\/w\/northwind\/projects\/([^"/]+)"[^>]*>(?:<[^>]+>)*Card fraud detection/)?.[1];
    if (!id) throw new Error("the fraud project was not found on the projects page");
    const page = `/w/northwind/projects/${id}/dashboard`;
    const html = await (await fetch(`${server.base}${page}`, { headers: { cookie } })).text();
    if (!html.includes("Levers and conditions")) throw new Error("the dashboard did not render");
    // noModule scripts are polyfills only legacy browsers download; modern browsers skip them.
    const scripts = [...new Set([...html.matchAll(/<script([^>]*)src="([^"]+)"([^>]*)>/g)].filter((m) => !/noModule/i.test(m[1]! + m[3]!)).map((m) => m[2]!))];
    let total = 0;
    for (const src of scripts) {
      const size = gzipSync(Buffer.from(await (await fetch(new URL(src, server.base))).arrayBuffer())).length;
      if (process.env.BENCH_VERBOSE) console.log(`  ${(size / 1024).toFixed(1).padStart(6)} KB ${src}`);
      total += size;
    }
    console.log(`Page /w/northwind/projects/<fraud>/dashboard: first-load JavaScript (gzip) ${(total / 1024).toFixed(1)} KB in ${scripts.length} files (target < 250 KB)`);
  } finally {
    await server.stop();
  }
}

if (!process.env.BENCH_ONLY_PAGE) {
  await run("pglite");
  if (process.env.BENCH_DATABASE_URL) await run("postgres");
  else console.log("postgres: skipped (set BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres)");
}
if (!process.env.BENCH_SKIP_PAGE) await firstLoadJs();
