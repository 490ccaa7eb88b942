// Assess figures, printed, never asserted, on PGlite (in memory) and, when BENCH_DATABASE_URL is
// set, on a fresh database of that PostgreSQL server:
//   - closing a round with 30 respondents × 60 items (target: under 200 ms)
//   - loading a project's round history with 40 closed rounds (target: under 30 ms median)
// Server-side time through the tRPC caller (authorisation included), no HTTP.
// Run: npx tsx --conditions=react-server scripts/bench/assess.ts  (the router imports "server-only")
import { openBenchDatabase } from "./support/database";
import { createCaller } from "../../server/api/root";
import { createContextInner } from "../../server/api/trpc";
import type { Connection } from "../../server/db/connection";
import type { LevelsRubric } from "../../server/domain/assess";
import { closeRoundNow } from "../../server/services/assess/close-round-now";

const RESPONDENTS = 30;
const GROUPS = 12;
const ITEMS_PER_GROUP = 5; // 60 items
const CLOSE_RUNS = Number(process.env.BENCH_CLOSE_RUNS ?? 15);
const HISTORY_ROUNDS = 40;
const HISTORY_RUNS = 200;

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)]!;
const p99 = (xs: number[]) => sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * 0.99))]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

const rubric: LevelsRubric = {
  id: "bench",
  name: "Bench rubric",
  kind: "levels",
  bands: [0, 20, 40, 60, 80].map((min, i) => ({ id: `b${i}`, name: `Band ${i}`, min, max: min + 20, description: "" })),
  groups: Array.from({ length: GROUPS }, (_, g) => ({
    nodeId: `group_${g}`,
    kind: "lever" as const,
    direction: "higher_is_better" as const,
    items: Array.from({ length: ITEMS_PER_GROUP }, (_, i) => ({ id: `g${g}_i${i}`, text: `Item ${i}`, planStep: 1, chapter: "ch01", levels: ["0", "1", "2", "3", "4"] })),
  })),
};
const itemIds = rubric.groups.flatMap((g) => g.items.map((i) => i.id));


async function run(kind: "pglite" | "postgres") {
  const { conn, drop } = await openBenchDatabase(kind);
  const db = conn.db;
  try {
    const users = await Promise.all(
      Array.from({ length: RESPONDENTS }, (_, i) => db.user.create({ data: { email: `bench${i}@example.test`, name: `Bench ${i}` }, select: { id: true, email: true, name: true } })),
    );
    const owner = users[0]!;
    const workspace = await db.workspace.create({
      data: { name: "Bench", slug: "bench", memberships: { create: users.map((u, i) => ({ userId: u.id, role: i === 0 ? "OWNER" : "MEMBER", discipline: i % 2 ? "ML_ENGINEER" : "DATA_SCIENTIST" })) } },
      select: { id: true },
    });
    const project = await db.project.create({ data: { workspaceId: workspace.id, name: "Bench project", ownerId: owner.id }, select: { id: true } });
    const version = await db.rubricVersion.create({ data: { workspaceId: workspace.id, templateId: "bench", version: 1, contentHash: "bench", content: rubric as object }, select: { id: true } });
    const caller = createCaller(() => createContextInner({ db, user: owner }));

    const fullRound = async (respondents: number) => {
      const round = await db.assessmentRound.create({
        data: { workspaceId: workspace.id, projectId: project.id, title: "Bench round", rubricVersionId: version.id, closesAt: new Date(Date.now() + 86_400_000), openedById: owner.id },
        select: { id: true },
      });
      const who = users.slice(0, respondents);
      await db.roundParticipant.createMany({ data: who.map((u) => ({ roundId: round.id, userId: u.id, status: "SUBMITTED" as const, discipline: "ML_ENGINEER" as const })) });
      await db.roundAnswer.createMany({
        data: who.flatMap((u, ui) => itemIds.map((itemId, ii) => ({ roundId: round.id, userId: u.id, itemId, level: (ui + ii) % 7 === 0 ? null : (ui * 3 + ii) % 5, dontKnow: (ui + ii) % 7 === 0 }))),
      });
      return round;
    };

    const close: number[] = [];
    for (let i = 0; i < CLOSE_RUNS; i++) {
      const round = await fullRound(RESPONDENTS);
      const start = performance.now();
      await caller.assess.closeRound({ roundId: round.id });
      close.push(performance.now() - start);
    }

    // History: bring the project to 40 closed rounds (smaller rounds: history reads only the scores).
    const closedSoFar = await db.assessmentRound.count({ where: { projectId: project.id, status: "CLOSED" } });
    for (let i = closedSoFar; i < HISTORY_ROUNDS; i++) await closeRoundNow(db, await fullRound(4));
    const history: number[] = [];
    for (let i = 0; i < HISTORY_RUNS; i++) {
      const start = performance.now();
      const rows = await caller.assess.roundHistory({ projectId: project.id });
      history.push(performance.now() - start);
      if (rows.length !== HISTORY_ROUNDS) throw new Error(`history returned ${rows.length} rounds`);
    }
    // The floor under any project-scoped call on this machine right now: the builder's one query.
    const floor: number[] = [];
    for (let i = 0; i < HISTORY_RUNS; i++) {
      const start = performance.now();
      await caller.project.get({ projectId: project.id });
      floor.push(performance.now() - start);
    }
    console.log(
      `${kind.padEnd(8)} close ${RESPONDENTS}×${itemIds.length}: median ${ms(median(close))}, p99 ${ms(p99(close))} (n=${close.length}, target < 200 ms)` +
        ` | history of ${HISTORY_ROUNDS} rounds: median ${ms(median(history))}, p99 ${ms(p99(history))} (n=${history.length}, target < 30 ms median)` +
        ` | floor (project.get): median ${ms(median(floor))}`,
    );
  } finally {
    await drop();
  }
}

await run("pglite");
if (process.env.BENCH_DATABASE_URL) await run("postgres");
else console.log("postgres: skipped (set BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres)");
