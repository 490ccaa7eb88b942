// Steer views beyond the dashboard's main figures: two rounds compared, the workspace trend, the
// latest ML Test Score and the alignment status beside the dashboard. All read stored aggregates;
// an anonymous round gives away no individual answer; other workspaces are refused.
import { describe, expect, it } from "vitest";
import type { Db } from "../../server/db/connection";
import { answerAll, ML_TEST_SCORE, openRound } from "./support/assess";
import { expectTRPCError, useTestWorld, type World } from "./support/world";

let db: Db;
let world: World;
const rounds = { named: "", anonymous: "", mlTest: "" };
const names = ["alice", "adam", "bob"] as const;
const marker = (name: string) => `PRIVATE-NOTE-OF-${name.toUpperCase()}`;

async function storedScores(roundId: string) {
  const rows = await db.roundGroupScore.findMany({ where: { roundId, kind: { in: ["lever", "condition"] } }, select: { groupId: true, score: true } });
  return new Map(rows.map((r) => [r.groupId, r.score]));
}

useTestWorld(async (t, w) => {
  db = t.db;
  world = w;
  const everyone = names.map((n) => w.users[n].id);
  for (const key of ["named", "anonymous"] as const) {
    const round = await openRound(w.as.alice, w.projectA.id, everyone, { anonymous: key === "anonymous", title: `${key} review` });
    rounds[key] = round.id;
    for (const [k, n] of names.entries()) await answerAll(w.as[n], round.id, { note: marker(n), levelFor: (_id, i) => (key === "named" ? (i + k) % 3 : Math.min(4, ((i + k) % 3) + 2)) });
    await w.as.alice.assess.closeRound({ roundId: round.id });
  }
  const ml = await openRound(w.as.alice, w.projectA.id, everyone, { templateId: ML_TEST_SCORE, title: "ML tests" });
  rounds.mlTest = ml.id;
  await answerAll(w.as.alice, ml.id);
  await w.as.alice.assess.closeRound({ roundId: ml.id });
});

describe("steer.compareRounds", () => {
  it("gives both rounds' stored scores and the change for every lever and condition", async () => {
    const c = await world.as.bob.steer.compareRounds({ projectId: world.projectA.id, fromRoundId: rounds.named, toRoundId: rounds.anonymous });
    const [before, after] = [await storedScores(rounds.named), await storedScores(rounds.anonymous)];
    expect(c.from).toMatchObject({ id: rounds.named, title: "named review", respondentCount: 3, anonymous: false });
    expect(c.to).toMatchObject({ id: rounds.anonymous, anonymous: true });
    expect(c.groups.length).toBe(after.size);
    for (const g of c.groups) {
      expect(g.from).toBe(before.get(g.groupId));
      expect(g.to).toBe(after.get(g.groupId));
      if (g.from !== null && g.to !== null) expect(g.change).toBeCloseTo(g.to - g.from, 1);
    }
    // Answers rose by two levels on every item: every lever reads better, every condition (risk) worse.
    expect(c.groups.filter((g) => g.kind === "lever").every((g) => g.direction === "better")).toBe(true);
    expect(c.groups.filter((g) => g.kind === "condition").every((g) => g.direction === "worse")).toBe(true);
    // The causal model's order: levers first, as the dashboard lists them.
    expect(c.groups[0]!.groupId).toBe("business_objective_alignment");
  });

  it("compares either way round", async () => {
    const c = await world.as.alice.steer.compareRounds({ projectId: world.projectA.id, fromRoundId: rounds.anonymous, toRoundId: rounds.named });
    expect(c.groups.find((g) => g.kind === "lever")!.direction).toBe("worse");
  });

  it("returns no individual answer from an anonymous round, to anyone", async () => {
    for (const n of names) {
      const response = JSON.stringify(await world.as[n].steer.compareRounds({ projectId: world.projectA.id, fromRoundId: rounds.named, toRoundId: rounds.anonymous }));
      for (const other of names) {
        expect(response).not.toContain(marker(other));
        expect(response).not.toContain(world.users[other].id);
        expect(response).not.toContain(world.users[other].email);
      }
      expect(response).not.toMatch(/"(userId|note|answers|respondents|level)"/);
    }
  });

  it("says which round is wrong when one is not a closed lever round of this project", async () => {
    const p = world.projectA.id;
    await expectTRPCError(world.as.alice.steer.compareRounds({ projectId: p, fromRoundId: rounds.named, toRoundId: rounds.named }), "BAD_REQUEST", /two different rounds/);
    await expectTRPCError(world.as.alice.steer.compareRounds({ projectId: p, fromRoundId: rounds.named, toRoundId: rounds.mlTest }), "NOT_FOUND", /second round/);
    await expectTRPCError(world.as.alice.steer.compareRounds({ projectId: p, fromRoundId: "no-such-round", toRoundId: rounds.named }), "NOT_FOUND", /first round/);
    const open = await openRound(world.as.alice, p, [world.users.bob.id], { title: "still open" });
    await expectTRPCError(world.as.alice.steer.compareRounds({ projectId: p, fromRoundId: rounds.named, toRoundId: open.id }), "NOT_FOUND", /second round/);
    const other = await world.as.alice.project.create({ workspaceId: world.a.id, name: "Elsewhere" });
    await expectTRPCError(world.as.alice.steer.compareRounds({ projectId: other.id, fromRoundId: rounds.named, toRoundId: rounds.anonymous }), "NOT_FOUND", /first round/);
  });

  it("refuses another workspace's member as if the project did not exist", async () => {
    await expectTRPCError(world.as.carol.steer.compareRounds({ projectId: world.projectA.id, fromRoundId: rounds.named, toRoundId: rounds.anonymous }), "NOT_FOUND", /Project not found/);
    await expectTRPCError(world.as.carol.steer.compareRounds({ projectId: world.projectB.id, fromRoundId: rounds.named, toRoundId: rounds.anonymous }), "NOT_FOUND", /first round/);
  });

  it("refuses bad input by field", async () => {
    await expectTRPCError(world.as.alice.steer.compareRounds({ projectId: world.projectA.id, fromRoundId: "", toRoundId: rounds.named }), "BAD_REQUEST", /fromRoundId/);
    await expectTRPCError(world.as.alice.steer.compareRounds({ projectId: world.projectA.id, fromRoundId: rounds.named, toRoundId: "z".repeat(9000) }), "BAD_REQUEST", /toRoundId/);
  });

  it("answers two simultaneous calls alike", async () => {
    const input = { projectId: world.projectA.id, fromRoundId: rounds.named, toRoundId: rounds.anonymous };
    const [a, b] = await Promise.all([world.as.alice.steer.compareRounds(input), world.as.adam.steer.compareRounds(input)]);
    expect(a).toEqual(b);
  });
});

describe("steer.dashboard: ML Test Score and alignment", () => {
  it("carries the latest ML Test Score round's four sections, final score and band", async () => {
    const d = await world.as.bob.steer.dashboard({ projectId: world.projectA.id });
    const stored = await db.roundAggregate.findUniqueOrThrow({ where: { roundId: rounds.mlTest }, select: { mlTestScore: true } });
    const ml = stored.mlTestScore as { sections: { id: string; total: number }[]; final: number };
    expect(d.mlTestScore).toMatchObject({ roundId: rounds.mlTest, final: ml.final });
    expect(d.mlTestScore!.sections).toEqual(ml.sections);
    expect(d.mlTestScore!.sections).toHaveLength(4);
    expect(d.mlTestScore!.band?.name).toMatch(/\w/);
  });

  it("has no ML Test Score for a project without such a round", async () => {
    const fresh = await world.as.alice.project.create({ workspaceId: world.a.id, name: "No tests" });
    expect((await world.as.bob.steer.dashboard({ projectId: fresh.id })).mlTestScore).toBeNull();
  });

  it("shows the project's alignment status as the alignment page computes it, or none without objectives", async () => {
    expect((await world.as.bob.steer.dashboard({ projectId: world.projectA.id })).alignment).toBeNull();
    const o = await world.as.alice.alignment.createObjective({ projectId: world.projectA.id, statement: "Cut chargeback losses", metricName: "Losses", baseline: 100, target: 50, direction: "DECREASE" });
    for (const [i, v] of [90, 92, 95].entries()) await world.as.alice.alignment.createCheckIn({ objectiveId: o.id, date: `2026-0${i + 1}-05`, businessValue: v });
    const [d, view] = await Promise.all([world.as.bob.steer.dashboard({ projectId: world.projectA.id }), world.as.bob.alignment.view({ projectId: world.projectA.id })]);
    expect(d.alignment?.status).toBe(view.status);
    expect(d.alignment?.objectives).toEqual([expect.objectContaining({ id: o.id, statement: "Cut chargeback losses", status: view.objectives[0]!.assessment.status, lastCheckIn: "2026-03-05" })]);
    expect(d.alignment?.objectives[0]!.reason).toMatch(/\w/);
  });
});

describe("steer.workspaceTrend", () => {
  it("averages each active project's latest score for the current quarter and says how many projects count", async () => {
    const t = await world.as.bob.steer.workspaceTrend({ workspaceId: world.a.id });
    expect(t.periods).toHaveLength(8);
    const latest = await storedScores(rounds.anonymous);
    for (const [groupId, score] of latest) {
      const now = t.groups[groupId]!.at(-1)!;
      expect(now.mean).toBeCloseTo(score!, 1);
      expect(now.projects).toBe(1);
    }
    expect(t.groups.data).toBeUndefined(); // ML Test Score sections are not levers
  });

  it("leaves out archived projects and other workspaces", async () => {
    const carols = await world.as.carol.steer.workspaceTrend({ workspaceId: world.b.id });
    expect(Object.keys(carols.groups)).toEqual([]);
    await expectTRPCError(world.as.carol.steer.workspaceTrend({ workspaceId: world.a.id }), "NOT_FOUND");
    await expectTRPCError(world.as.alice.steer.workspaceTrend({ workspaceId: "" }), "BAD_REQUEST", /workspaceId/);
  });

  it("answers two simultaneous calls alike", async () => {
    const [a, b] = await Promise.all([world.as.alice.steer.workspaceTrend({ workspaceId: world.a.id }), world.as.adam.steer.workspaceTrend({ workspaceId: world.a.id })]);
    expect(a).toEqual(b);
  });
});

describe("steer.dashboard after another round closes", () => {
  it("shows the new round at once, with its change since the round before, though earlier rounds were read already", async () => {
    const p = world.projectA.id;
    await world.as.alice.steer.dashboard({ projectId: p, roundId: rounds.anonymous });
    const round = await openRound(world.as.alice, p, [world.users.bob.id], { title: "later review" });
    await answerAll(world.as.bob, round.id, { levelFor: () => 4 });
    await world.as.alice.assess.closeRound({ roundId: round.id });
    const d = await world.as.bob.steer.dashboard({ projectId: p });
    expect(d.round).toMatchObject({ id: round.id, previousTitle: "anonymous review", respondentCount: 1 });
    const stored = await storedScores(round.id);
    const before = await storedScores(rounds.anonymous);
    const training = d.groups.find((g) => g.groupId === "training_data_quality")!;
    expect(training.score).toBe(stored.get("training_data_quality"));
    expect(training.change).toBeCloseTo(stored.get("training_data_quality")! - before.get("training_data_quality")!, 1);
  });
});
