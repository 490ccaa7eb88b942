// Steer: a project's dashboard and the workspace portfolio read the aggregates closed rounds
// stored. Scores match the stored group scores of the round chosen; an anonymous round's dashboard
// carries no individual answer; other workspaces are refused as if the project did not exist.
import { describe, expect, it } from "vitest";
import type { Db } from "../../server/db/connection";
import { answerAll, ML_TEST_SCORE, openRound } from "./support/assess";
import { expectTRPCError, useTestWorld, type World } from "./support/world";

let db: Db;
let world: World;
const rounds = { named: "", anonymous: "", mlTest: "" };
const names = ["alice", "adam", "bob"] as const;
const marker = (name: string) => `SECRET-NOTE-OF-${name.toUpperCase()}`;

async function storedScores(roundId: string) {
  const rows = await db.roundGroupScore.findMany({ where: { roundId, kind: { in: ["lever", "condition"] } }, select: { groupId: true, score: true } });
  return Object.fromEntries(rows.flatMap((r) => (r.score === null ? [] : [[r.groupId, r.score]])));
}

useTestWorld(async (t, w) => {
  db = t.db;
  world = w;
  // Alice manages, Adam and Bob are ML engineers: in the named round they are a full level apart.
  await db.membership.updateMany({ where: { workspaceId: w.a.id, userId: w.users.alice.id }, data: { discipline: "MANAGER" } });
  await db.membership.updateMany({ where: { workspaceId: w.a.id, userId: { in: [w.users.adam.id, w.users.bob.id] } }, data: { discipline: "ML_ENGINEER" } });
  const everyone = names.map((n) => w.users[n].id);
  const levelOf: Record<(typeof names)[number], (i: number) => number> = { alice: () => 4, adam: (i) => i % 2, bob: () => 1 };
  for (const key of ["named", "anonymous"] as const) {
    const round = await openRound(w.as.alice, w.projectA.id, everyone, { anonymous: key === "anonymous", title: `${key} review` });
    rounds[key] = round.id;
    for (const n of names) await answerAll(w.as[n], round.id, { note: marker(n), levelFor: (_id, i) => (key === "named" ? levelOf[n](i) : Math.min(4, levelOf[n](i) + 1)) });
    await w.as.alice.assess.closeRound({ roundId: round.id });
  }
  // The latest closed round is an ML Test Score round: it has sections, not levers.
  const ml = await openRound(w.as.alice, w.projectA.id, everyone, { templateId: ML_TEST_SCORE, title: "ML tests" });
  rounds.mlTest = ml.id;
  await answerAll(w.as.alice, ml.id);
  await w.as.alice.assess.closeRound({ roundId: ml.id });
});

describe("steer.dashboard", () => {
  it("shows the latest closed round with lever scores, skipping a later ML Test Score round", async () => {
    const d = await world.as.bob.steer.dashboard({ projectId: world.projectA.id });
    expect(d.round?.id).toBe(rounds.anonymous);
    expect(d.rounds.map((r) => r.id)).toEqual([rounds.named, rounds.anonymous]);
    expect(d.scores).toEqual(await storedScores(rounds.anonymous));
    expect(Object.keys(d.scores).length).toBeGreaterThan(5);
  });

  it("shows the chosen round's stored scores, with change, trend, spread and role gaps", async () => {
    const named = await world.as.alice.steer.dashboard({ projectId: world.projectA.id, roundId: rounds.named });
    const stored = await storedScores(rounds.named);
    expect(named.scores).toEqual(stored);
    expect(named.groups.every((g) => g.change === null && g.previous === null)).toBe(true);
    const training = named.groups.find((g) => g.groupId === "training_data_quality")!;
    // Manager answered 4 everywhere, the engineers 0-1: a gap of more than a full level, flagged.
    expect(training.roles.map((r) => r.discipline).sort()).toEqual(["MANAGER", "ML_ENGINEER"]);
    expect(training.roleGap).toBeGreaterThanOrEqual(25);
    expect(training.roleGapFlagged).toBe(true);
    expect(training.spread).toBeGreaterThanOrEqual(1);
    expect(training.disagreement).toBe(true);
    expect(training.lowestItems.length).toBe(3);
    expect(training.lowestItems[0]!.score).toBeLessThanOrEqual(training.lowestItems[2]!.score);
    expect(training.lowestItems[0]!.lessonHref).toMatch(/^\/learn/);

    const latest = await world.as.alice.steer.dashboard({ projectId: world.projectA.id, roundId: rounds.anonymous });
    const after = await storedScores(rounds.anonymous);
    const t2 = latest.groups.find((g) => g.groupId === "training_data_quality")!;
    expect(t2.previous).toBe(stored.training_data_quality);
    expect(t2.change).toBeCloseTo(after.training_data_quality! - stored.training_data_quality!, 1);
    expect(latest.trends.training_data_quality).toEqual([stored.training_data_quality, after.training_data_quality]);
    // Anonymous: disciplines shown only for three or more respondents; two engineers and one manager are not.
    expect(t2.roles).toEqual([]);
    expect(t2.roleGap).toBeNull();
  });

  it("returns no individual answer from an anonymous round, to anyone", async () => {
    for (const n of names) {
      const response = JSON.stringify(await world.as[n].steer.dashboard({ projectId: world.projectA.id, roundId: rounds.anonymous }));
      for (const other of names) {
        expect(response).not.toContain(marker(other));
        expect(response).not.toContain(world.users[other].id);
        expect(response).not.toContain(world.users[other].email);
      }
      expect(response).not.toMatch(/"(userId|note|answers|respondents|counts|min|max)"/);
    }
  });

  it("refuses a round that is not a closed lever round of this project", async () => {
    await expectTRPCError(world.as.alice.steer.dashboard({ projectId: world.projectA.id, roundId: rounds.mlTest }), "NOT_FOUND");
    await expectTRPCError(world.as.alice.steer.dashboard({ projectId: world.projectA.id, roundId: "no-such-round" }), "NOT_FOUND");
    const other = await world.as.alice.project.create({ workspaceId: world.a.id, name: "Other" });
    await expectTRPCError(world.as.alice.steer.dashboard({ projectId: other.id, roundId: rounds.named }), "NOT_FOUND");
  });

  it("has no round for a project that has not closed one", async () => {
    const fresh = await world.as.alice.project.create({ workspaceId: world.a.id, name: "Fresh" });
    const d = await world.as.bob.steer.dashboard({ projectId: fresh.id });
    expect(d).toMatchObject({ round: null, rounds: [], scores: {}, groups: [] });
  });

  it("refuses another workspace's member as if the project did not exist", async () => {
    await expectTRPCError(world.as.carol.steer.dashboard({ projectId: world.projectA.id }), "NOT_FOUND", /Project not found/);
    await expectTRPCError(world.as.carol.steer.dashboard({ projectId: world.projectB.id, roundId: rounds.named }), "NOT_FOUND");
  });

  it("refuses bad input", async () => {
    await expectTRPCError(world.as.alice.steer.dashboard({ projectId: world.projectA.id, roundId: "x".repeat(10_000) }), "BAD_REQUEST", /roundId/);
    await expectTRPCError(world.as.alice.steer.dashboard({ projectId: "" }), "BAD_REQUEST", /projectId/);
    await expectTRPCError(world.as.alice.steer.dashboard({ projectId: 42 as never }), "BAD_REQUEST");
  });

  it("answers two simultaneous calls alike", async () => {
    const [a, b] = await Promise.all([
      world.as.alice.steer.dashboard({ projectId: world.projectA.id }),
      world.as.bob.steer.dashboard({ projectId: world.projectA.id }),
    ]);
    expect(a).toEqual(b);
  });
});

describe("steer.portfolio", () => {
  it("lists every active project with its latest closed round's lever scores, or none", async () => {
    const p = await world.as.bob.steer.portfolio({ workspaceId: world.a.id });
    const fraud = p!.find((x) => x.id === world.projectA.id)!;
    expect(fraud.latest?.roundId).toBe(rounds.anonymous);
    expect(fraud.latest?.scores).toEqual(await storedScores(rounds.anonymous));
    expect(p!.find((x) => x.name === "Fresh")?.latest).toBeNull();
    expect(p!.some((x) => x.id === world.projectB.id)).toBe(false);
  });

  it("carries no individual answer", async () => {
    const response = JSON.stringify(await world.as.alice.steer.portfolio({ workspaceId: world.a.id }));
    for (const n of names) {
      expect(response).not.toContain(marker(n));
      expect(response).not.toContain(world.users[n].id);
    }
  });

  it("refuses another workspace's member and bad input", async () => {
    await expectTRPCError(world.as.carol.steer.portfolio({ workspaceId: world.a.id }), "NOT_FOUND");
    const carols = await world.as.carol.steer.portfolio({ workspaceId: world.b.id });
    expect(carols.map((x) => x.id)).toEqual([world.projectB.id]);
    await expectTRPCError(world.as.alice.steer.portfolio({ workspaceId: "y".repeat(500) }), "BAD_REQUEST", /workspaceId/);
  });

  it("answers two simultaneous calls alike", async () => {
    const [a, b] = await Promise.all([world.as.alice.steer.portfolio({ workspaceId: world.a.id }), world.as.adam.steer.portfolio({ workspaceId: world.a.id })]);
    expect(a).toEqual(b);
  });
});
