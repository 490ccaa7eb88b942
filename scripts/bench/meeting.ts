// Meeting mode's live channel, printed, never asserted, on PGlite (in memory, in-process fan-out) and,
// when BENCH_DATABASE_URL is set, on PostgreSQL (LISTEN/NOTIFY, followers on a second connection as a
// second app instance would be): with 20 followers subscribed through the tRPC caller, the time from
// the start of a `meeting.createAction` / `meeting.setSlide` call until the last follower has the
// event. Target: under a second ("appears on every screen within a second"). No HTTP.
// Run: npx tsx --conditions=react-server scripts/bench/meeting.ts  (the router imports "server-only")
import { setMaxListeners } from "node:events";
import { createCaller } from "../../server/api/root";
import { createContextInner } from "../../server/api/trpc";
import { openConnection, type Connection } from "../../server/db/connection";
import { openBenchDatabase } from "./support/database";

const FOLLOWERS = 20;
const RUNS = 50;

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)]!;
const p99 = (xs: number[]) => sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * 0.99))]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

type User = { id: string; email: string; name: string };

async function setUp(conn: Connection) {
  const db = conn.db;
  const users: User[] = [];
  for (let i = 0; i <= FOLLOWERS; i++) {
    users.push(await db.user.create({ data: { email: `bench${i}@example.test`, name: `Bench ${i}`, passwordHash: "x" }, select: { id: true, email: true, name: true } }));
  }
  const as = createCaller(createContextInner({ db, user: users[0]! }));
  const workspace = await as.workspace.create({ name: "Bench workspace" });
  await db.membership.createMany({ data: users.slice(1).map((u) => ({ workspaceId: workspace.id, userId: u.id, role: "MEMBER" as const })) });
  const project = await as.project.create({ workspaceId: workspace.id, name: "Bench project" });
  const round = await as.assess.openRound({ projectId: project.id, title: "Bench round", closesAt: new Date(Date.now() + 7 * 86_400_000), rubric: { templateId: "causeway-maturity" }, inviteeIds: [users[0]!.id], anonymous: false });
  const view = await as.assess.getRound({ roundId: round.id });
  await as.assess.saveAnswers({ roundId: round.id, answers: view.rubric.questions.map((q) => ({ itemId: q.id, level: 2, dontKnow: false, note: "" })), submit: true });
  await as.assess.closeRound({ roundId: round.id });
  const meeting = await as.meeting.start({ projectId: project.id, roundId: round.id });
  return { users, as, meeting };
}

async function run(kind: "pglite" | "postgres") {
  const { conn, drop } = await openBenchDatabase(kind);
  // On PostgreSQL the followers read through a second connection: another app instance, in effect.
  const followerConn = kind === "postgres" ? await openConnection(process.env.BENCH_DATABASE_URL!.replace(/\/[^/]*$/, `/${await currentDatabase(conn)}`), "") : conn;
  try {
    const { users, as, meeting } = await setUp(conn);
    const stop = new AbortController();
    setMaxListeners(FOLLOWERS * 2, stop.signal); // one signal for all followers here; each browser has its own
    const feeds = await Promise.all(
      users.slice(1).map(async (u) => {
        const it = ((await createCaller(createContextInner({ db: followerConn.db, user: u }), { signal: stop.signal }).meeting.live({ meetingId: meeting.id })) as AsyncIterable<unknown>)[Symbol.asyncIterator]();
        await it.next(); // the state
        return it;
      }),
    );
    const measure = async (call: (i: number) => Promise<unknown>) => {
      const out: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const received = feeds.map((f) => f.next());
        const start = performance.now();
        await call(i);
        await Promise.all(received);
        out.push(performance.now() - start);
      }
      return out;
    };
    const actions = await measure((i) => as.meeting.createAction({ meetingId: meeting.id, title: `Bench action ${i}`, leverId: "training_data_quality", ownerId: users[0]!.id, dueDate: inDays(10), lessonSlug: null }));
    const slides = await measure((i) => as.meeting.setSlide({ meetingId: meeting.id, slideIndex: i % 5 }));
    console.log(`${kind}: action to ${FOLLOWERS} followers, median ${ms(median(actions))} (p99 ${ms(p99(actions))}); slide change, median ${ms(median(slides))} (p99 ${ms(p99(slides))})`);
    stop.abort();
    await Promise.all(feeds.map((f) => f.next()));
  } finally {
    if (followerConn !== conn) await followerConn.close();
    await drop();
  }
}

async function currentDatabase(conn: Connection): Promise<string> {
  const [row] = await conn.sql.query<{ name: string }>("SELECT current_database() AS name");
  return row!.name;
}

await run("pglite");
if (process.env.BENCH_DATABASE_URL) await run("postgres");
else console.log("postgres: skipped (set BENCH_DATABASE_URL=postgresql://… to measure)");
