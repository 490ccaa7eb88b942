// "Track this" on design step 1: a metric the saved step names becomes an objective or ML metric in
// alignment tracking, once, for the project owner or an admin only.
import { describe, expect, it } from "vitest";
import type { TestDb } from "./support/test-db";
import { expectTRPCError, useTestWorld, type World } from "./support/world";

let t: TestDb;
let world: World;
useTestWorld((db, w) => {
  t = db;
  world = w;
});

const step1 = {
  businessObjective: "Cut fraud losses by a third.",
  businessMetrics: [
    { name: "Chargeback losses", baseline: "€240k a month", target: "€160k a month", deadline: "Q3" },
    { name: "Customer delight", baseline: "good", target: "better", deadline: "" },
  ],
  mlMetrics: [{ name: "Recall at review threshold", proxies: "Chargeback losses", threshold: "", evidence: "" }],
  hypothesis: "Catching more fraud at the same review budget lowers losses.",
};

async function projectWithStep1(name: string) {
  const p = await world.as.alice.project.create({ workspaceId: world.a.id, name });
  await world.as.alice.design.saveSection({ projectId: p.id, step: 1, baseRevision: 0, content: { fields: step1, notes: "", status: "DRAFT", ownerId: null, reviewerId: null } });
  return p.id;
}

const counts = async (projectId: string) => ({
  objectives: await t.db.businessObjective.count({ where: { projectId } }),
  mlMetrics: await t.db.mlMetric.count({ where: { projectId } }),
  mappings: await t.db.metricMapping.count({ where: { objective: { projectId } } }),
});

describe("design.trackMetric", () => {
  it("tracks a named business metric from its row, then an ML metric mapped to it with step 1's hypothesis", async () => {
    const projectId = await projectWithStep1("Track both");
    const objective = await world.as.alice.design.trackMetric({ projectId, kind: "business", name: "chargeback losses" });
    expect(objective).toMatchObject({ kind: "business", created: true });
    const ml = await world.as.adam.design.trackMetric({ projectId, kind: "ml", name: "Recall at review threshold", values: { baseline: 72, target: 88, direction: "INCREASE", unit: "%" } });
    expect(ml.created).toBe(true);

    const view = await world.as.bob.alignment.view({ projectId });
    expect(view.objectives).toHaveLength(1);
    expect(view.objectives[0]).toMatchObject({ metricName: "Chargeback losses", baseline: 240_000, target: 160_000, direction: "DECREASE", unit: "€" });
    expect(view.objectives[0]!.mappings).toEqual([expect.objectContaining({ mlMetricId: ml.id, hypothesis: step1.hypothesis })]);
    expect(view.mlMetrics).toEqual([expect.objectContaining({ name: "Recall at review threshold", baseline: 72, target: 88 })]);

    // Tracking again changes nothing.
    expect(await world.as.alice.design.trackMetric({ projectId, kind: "business", name: "Chargeback losses" })).toEqual({ kind: "business", id: objective.id, created: false });
    expect(await counts(projectId)).toEqual({ objectives: 1, mlMetrics: 1, mappings: 1 });
  });

  it("maps ML metrics already tracked when their business metric is tracked later", async () => {
    const projectId = await projectWithStep1("ML first");
    await world.as.alice.design.trackMetric({ projectId, kind: "ml", name: "Recall at review threshold", values: { baseline: 0.7, target: 0.9, direction: "INCREASE", unit: "" } });
    expect(await counts(projectId)).toEqual({ objectives: 0, mlMetrics: 1, mappings: 0 });
    await world.as.alice.design.trackMetric({ projectId, kind: "business", name: "Chargeback losses" });
    expect(await counts(projectId)).toEqual({ objectives: 1, mlMetrics: 1, mappings: 1 });
  });

  it("creates one objective when five people click at the same moment", async () => {
    const projectId = await projectWithStep1("Race to track");
    const results = await Promise.all([world.as.alice, world.as.adam, world.as.alice, world.as.adam, world.as.alice].map((as) => as.design.trackMetric({ projectId, kind: "business", name: "Chargeback losses" })));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect((await counts(projectId)).objectives).toBe(1);
  });

  it("refuses a member who does not own the project, and writes nothing", async () => {
    const projectId = await projectWithStep1("Member refused");
    await expectTRPCError(world.as.bob.design.trackMetric({ projectId, kind: "business", name: "Chargeback losses" }), "FORBIDDEN", /project owner or a workspace admin/);
    expect(await counts(projectId)).toEqual({ objectives: 0, mlMetrics: 0, mappings: 0 });
  });

  it("refuses names step 1 does not hold, rows without numbers and ML metrics without values, and writes nothing", async () => {
    const projectId = await projectWithStep1("Bad tracks");
    await expectTRPCError(world.as.alice.design.trackMetric({ projectId, kind: "business", name: "Revenue" }), "NOT_FOUND", /names no business metric called "Revenue"/);
    await expectTRPCError(world.as.alice.design.trackMetric({ projectId, kind: "ml", name: "Chargeback losses" }), "NOT_FOUND");
    await expectTRPCError(world.as.alice.design.trackMetric({ projectId, kind: "business", name: "Customer delight" }), "BAD_REQUEST", /needs a number in both its baseline and its target/);
    await expectTRPCError(world.as.alice.design.trackMetric({ projectId, kind: "ml", name: "Recall at review threshold" }), "BAD_REQUEST", /baseline, a target and a direction/);
    await expectTRPCError(
      world.as.alice.design.trackMetric({ projectId, kind: "ml", name: "Recall at review threshold", values: { baseline: 0.9, target: 0.7, direction: "INCREASE", unit: "" } }),
      "BAD_REQUEST",
      /target: must be above the baseline/,
    );
    await expectTRPCError(world.as.alice.design.trackMetric({ projectId, kind: "ml", name: "x".repeat(201) }), "BAD_REQUEST");
    expect(await counts(projectId)).toEqual({ objectives: 0, mlMetrics: 0, mappings: 0 });
  });

  it("refuses an archived project", async () => {
    const projectId = await projectWithStep1("Archived track");
    await world.as.alice.project.archive({ projectId });
    await expectTRPCError(world.as.alice.design.trackMetric({ projectId, kind: "business", name: "Chargeback losses" }), "PRECONDITION_FAILED");
    expect((await counts(projectId)).objectives).toBe(0);
  });
});
