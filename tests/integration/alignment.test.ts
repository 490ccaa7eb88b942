import { describe, expect, it } from "vitest";
import { addDays, MAX_CSV_ROWS } from "../../server/domain/alignment";
import type { AppError } from "../../server/errors/app-error";
import { expectInputError } from "./support/input-error";
import type { TestDb } from "./support/test-db";
import { callerFor, expectTRPCError, useTestWorld, type World } from "./support/world";

let t: TestDb;
let world: World;
useTestWorld((db, w) => {
  t = db;
  world = w;
});

const objectiveInput = (projectId: string) => ({
  projectId,
  statement: "Cut chargeback losses from card fraud",
  metricName: "Chargeback losses",
  unit: "k€",
  baseline: 120,
  target: 80,
  direction: "DECREASE" as const,
  targetDate: "2026-12-31",
});

async function setUp() {
  const p = world.projectA.id;
  const objective = await world.as.bob.alignment.createObjective(objectiveInput(p));
  const recall = await world.as.bob.alignment.createMlMetric({ projectId: p, name: `Recall ${objective.id}`, unit: "%", baseline: 70, target: 85, direction: "INCREASE" });
  await world.as.bob.alignment.setMapping({ objectiveId: objective.id, mlMetricId: recall.id, hypothesis: "Each point of recall saves about 2 k€ a month." });
  return { objective, recall };
}

describe("objectives and ML metrics", () => {
  it("lets any member create, map and edit them, and shows them in the project view", async () => {
    const { objective, recall } = await setUp();
    const view = await world.as.alice.alignment.view({ projectId: world.projectA.id });
    const o = view.objectives.find((x) => x.id === objective.id)!;
    expect(o.mappings).toEqual([{ mlMetricId: recall.id, hypothesis: "Each point of recall saves about 2 k€ a month." }]);
    expect(o.targetDate).toBe("2026-12-31");
    const edited = await world.as.alice.alignment.updateObjective({ ...objectiveInput(""), objectiveId: objective.id, version: objective.version, target: 90 });
    expect(edited.version).toBe(2);
    expect(edited.target).toBe(90);
  });

  it("answers UNAUTHORIZED to someone signed out", async () => {
    await expectTRPCError(callerFor(t.db, null).alignment.view({ projectId: world.projectA.id }), "UNAUTHORIZED");
    await expectTRPCError(callerFor(t.db, null).alignment.workspaceOverview({ workspaceId: world.a.id }), "UNAUTHORIZED");
  });

  it("refuses an edit based on a stale version, answering the current objective", async () => {
    const { objective } = await setUp();
    await world.as.bob.alignment.updateObjective({ ...objectiveInput(""), objectiveId: objective.id, version: 1, statement: "First edit" });
    const error = await world.as.alice.alignment.updateObjective({ ...objectiveInput(""), objectiveId: objective.id, version: 1, statement: "Second edit" }).catch((e: unknown) => e);
    await expectTRPCError(Promise.reject(error), "CONFLICT", /changed since you opened it/);
    const details = ((error as Error).cause as AppError).details as { current: { statement: string; version: number } };
    expect(details.current).toMatchObject({ statement: "First edit", version: 2 });
  });

  it("refuses a target on the wrong side of the baseline, an owner from elsewhere and a duplicate metric name", async () => {
    const p = world.projectA.id;
    await expectTRPCError(world.as.bob.alignment.createObjective({ ...objectiveInput(p), target: 150 }), "BAD_REQUEST", /target: must be below the baseline/);
    await expectTRPCError(world.as.bob.alignment.createObjective({ ...objectiveInput(p), ownerId: world.users.carol.id }), "BAD_REQUEST", /ownerId/);
    const m = { projectId: p, name: "Precision at 1%", unit: "", baseline: 0.5, target: 0.7, direction: "INCREASE" as const };
    const both = await Promise.allSettled([world.as.bob.alignment.createMlMetric(m), world.as.alice.alignment.createMlMetric(m)]);
    expect(both.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    await expectTRPCError(world.as.bob.alignment.createMlMetric(m), "CONFLICT", /already taken by another ML metric/);
  });

  it("refuses mapping a metric of another project, and keeps one mapping when two people map at once", async () => {
    const { objective, recall } = await setUp();
    const other = await world.as.carol.alignment.createMlMetric({ projectId: world.projectB.id, name: "B metric", unit: "", baseline: 0, target: 1, direction: "INCREASE" });
    await expectTRPCError(world.as.bob.alignment.setMapping({ objectiveId: objective.id, mlMetricId: other.id, hypothesis: "This should never be allowed." }), "NOT_FOUND");
    await Promise.all([
      world.as.bob.alignment.setMapping({ objectiveId: objective.id, mlMetricId: recall.id, hypothesis: "Hypothesis number one here." }),
      world.as.alice.alignment.setMapping({ objectiveId: objective.id, mlMetricId: recall.id, hypothesis: "Hypothesis number two here." }),
    ]);
    expect(await t.db.metricMapping.count({ where: { objectiveId: objective.id } })).toBe(1);
    await world.as.bob.alignment.removeMapping({ objectiveId: objective.id, mlMetricId: recall.id });
    await expectTRPCError(world.as.bob.alignment.removeMapping({ objectiveId: objective.id, mlMetricId: recall.id }), "NOT_FOUND");
  });
});

describe("check-ins", () => {
  it("keeps the history of edits and deletes", async () => {
    const { objective, recall } = await setUp();
    const c = await world.as.bob.alignment.createCheckIn({ objectiveId: objective.id, date: "2026-03-02", businessValue: 118, mlValues: { [recall.id]: 71 }, confidence: "ON_TRACK", note: "first" });
    const edited = await world.as.alice.alignment.updateCheckIn({ objectiveId: objective.id, checkInId: c.id, version: c.version, date: c.date, businessValue: 117, mlValues: { [recall.id]: 72 }, confidence: "AT_RISK", note: "fixed a typo" });
    await expectTRPCError(
      world.as.bob.alignment.updateCheckIn({ objectiveId: objective.id, checkInId: c.id, version: c.version, date: c.date, businessValue: 1, mlValues: {}, confidence: null, note: "" }),
      "CONFLICT",
    );
    await expectTRPCError(world.as.bob.alignment.deleteCheckIn({ objectiveId: objective.id, checkInId: c.id, version: c.version }), "CONFLICT");
    await world.as.bob.alignment.deleteCheckIn({ objectiveId: objective.id, checkInId: c.id, version: edited.version });
    const history = await world.as.bob.alignment.checkInHistory({ objectiveId: objective.id, checkInId: c.id });
    expect(history.map((h) => [h.action, h.businessValue, h.actorName])).toEqual([
      ["DELETE", 117, "Bob"],
      ["UPDATE", 117, "Alice"],
      ["CREATE", 118, "Bob"],
    ]);
    expect(await t.db.checkIn.count({ where: { objectiveId: objective.id } })).toBe(0);
  });

  it("answers CONFLICT to the second of two simultaneous check-ins for the same date", async () => {
    const { objective } = await setUp();
    const input = { objectiveId: objective.id, date: "2026-03-09", businessValue: 110 };
    const results = await Promise.allSettled([world.as.bob.alignment.createCheckIn(input), world.as.alice.alignment.createCheckIn(input)]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    await expectTRPCError(Promise.reject(rejected.reason), "CONFLICT", /already has a check-in/);
  });

  it("refuses values for an ML metric not mapped to the objective", async () => {
    const { objective } = await setUp();
    const stray = await world.as.bob.alignment.createMlMetric({ projectId: world.projectA.id, name: `Stray ${objective.id}`, unit: "", baseline: 0, target: 1, direction: "INCREASE" });
    await expectTRPCError(world.as.bob.alignment.createCheckIn({ objectiveId: objective.id, date: "2026-03-16", businessValue: 1, mlValues: { [stray.id]: 1 } }), "BAD_REQUEST", /mlValues/);
  });
});

function weeklyCsv(recallName: string, weeks: number, start = "2025-01-06", bad?: { line: number; row: string }) {
  const lines = [`date,business_value,${recallName},confidence,note`];
  for (let i = 0; i < weeks; i++) {
    // recall climbs from week 10 on while losses stay at 110: a misalignment in the latest weeks
    const recall = 70 + Math.max(0, i - 10) * 1.5;
    const losses = i < 10 ? 120 - i : 110;
    lines.push(`${addDays(start, 7 * i)},${losses},${recall},on track,"week ${i + 1}, as planned"`);
  }
  if (bad) lines[bad.line - 1] = bad.row;
  return lines.join("\n");
}

describe("CSV import and export", () => {
  it("previews a file with one bad row, imports nothing, and reports the line and reason", async () => {
    const { objective, recall } = await setUp();
    const csv = weeklyCsv(recall.name, 16, "2025-01-06", { line: 7, row: "2025-02-10,lots,71,on track," });
    const preview = await world.as.bob.alignment.previewImport({ objectiveId: objective.id, csv });
    expect(preview.ok).toBe(false);
    expect(preview.errors).toEqual([{ line: 7, reason: 'business_value "lots" is not a number.' }]);
    const error = await world.as.bob.alignment.importCheckIns({ objectiveId: objective.id, csv }).catch((e: unknown) => e);
    await expectTRPCError(Promise.reject(error), "BAD_REQUEST", /Nothing was imported: 1 row\(s\) have problems, the first on line 7/);
    expect(await t.db.checkIn.count({ where: { objectiveId: objective.id } })).toBe(0);
    expect(await t.db.checkInRevision.count({ where: { objectiveId: objective.id } })).toBe(0);
  });

  it("imports the fixed file in one go, raises the misalignment, and exports a file that imports back", async () => {
    const { objective, recall } = await setUp();
    const csv = weeklyCsv(recall.name, 16);
    const preview = await world.as.bob.alignment.previewImport({ objectiveId: objective.id, csv });
    expect(preview).toMatchObject({ ok: true, count: 16, firstDate: "2025-01-06", errorCount: 0 });
    expect(await world.as.bob.alignment.importCheckIns({ objectiveId: objective.id, csv })).toEqual({ imported: 16 });
    // The same file again: every date is taken now.
    const again = await world.as.bob.alignment.previewImport({ objectiveId: objective.id, csv });
    expect(again.errorCount).toBe(16);

    const view = await world.as.bob.alignment.view({ projectId: world.projectA.id });
    const o = view.objectives.find((x) => x.id === objective.id)!;
    expect(o.checkIns).toHaveLength(16);
    const signal = o.assessment.metrics[0]!.misalignment!;
    expect(signal.status).toBe("MISALIGNED");
    expect(signal.sentence).toContain(recall.name);
    expect(signal.sentence).toContain("Chargeback losses");

    const exported = await world.as.alice.alignment.exportCheckIns({ objectiveId: objective.id });
    expect(exported.count).toBe(16);
    const second = await world.as.bob.alignment.createObjective({ ...objectiveInput(world.projectA.id), statement: "A copy to import into" });
    await world.as.bob.alignment.setMapping({ objectiveId: second.id, mlMetricId: recall.id, hypothesis: "Same metric, same hypothesis." });
    await world.as.bob.alignment.importCheckIns({ objectiveId: second.id, csv: exported.csv });
    const reExported = await world.as.bob.alignment.exportCheckIns({ objectiveId: second.id });
    expect(reExported.csv).toBe(exported.csv);
    expect(exported.csv).toContain('"week 1, as planned"');
  });

  it("writes a file once when two people import it at the same moment", async () => {
    const { objective, recall } = await setUp();
    const csv = weeklyCsv(recall.name, 16, "2024-01-01");
    const results = await Promise.allSettled([
      world.as.bob.alignment.importCheckIns({ objectiveId: objective.id, csv }),
      world.as.alice.alignment.importCheckIns({ objectiveId: objective.id, csv }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(["CONFLICT", "BAD_REQUEST"]).toContain((rejected.reason as { code: string }).code);
    expect(await t.db.checkIn.count({ where: { objectiveId: objective.id } })).toBe(16);
    expect(await t.db.checkInRevision.count({ where: { objectiveId: objective.id } })).toBe(16);
  });

  it("shows the latest 260 check-ins in the view and says older ones exist", async () => {
    const { objective, recall } = await setUp();
    await world.as.bob.alignment.importCheckIns({ objectiveId: objective.id, csv: weeklyCsv(recall.name, 270, "2000-01-03") });
    const o = (await world.as.bob.alignment.view({ projectId: world.projectA.id })).objectives.find((x) => x.id === objective.id)!;
    expect(o.checkIns).toHaveLength(260);
    expect(o.olderCheckIns).toBe(true);
    expect(o.checkIns[259]!.date).toBe(addDays("2000-01-03", 7 * 269));
    expect((await world.as.bob.alignment.exportCheckIns({ objectiveId: objective.id })).count).toBe(270);
  });

  it("offers a template that the import reads", async () => {
    const { objective, recall } = await setUp();
    const template = await world.as.bob.alignment.checkInTemplate({ objectiveId: objective.id });
    expect(template.csv.split("\n")[0]).toBe(`date,business_value,${recall.name},confidence,note`);
    expect((await world.as.bob.alignment.previewImport({ objectiveId: objective.id, csv: template.csv })).ok).toBe(true);
  });

  it("refuses a file over the row limit or the size limit before reading it", async () => {
    const { objective, recall } = await setUp();
    await expectTRPCError(world.as.bob.alignment.previewImport({ objectiveId: objective.id, csv: weeklyCsv(recall.name, MAX_CSV_ROWS + 1, "1800-01-06") }), "PAYLOAD_TOO_LARGE", /more than 10,000 rows/);
    await expectInputError(world.as.bob.alignment.importCheckIns({ objectiveId: objective.id, csv: "x".repeat(2 * 1024 * 1024 + 1) }), "csv");
    await expectTRPCError(world.as.bob.alignment.importCheckIns({ objectiveId: objective.id, csv: "é".repeat(1024 * 1024 + 1) }), "PAYLOAD_TOO_LARGE", /at most 2.0 MB/);
  });
});

describe("settings, status and the workspace view", () => {
  it("saves settings with a version and refuses a stale save", async () => {
    const p = world.projectA.id;
    const first = await world.as.bob.alignment.updateSettings({ projectId: p, window: 8, tolerance: 0.1, staleDays: 14, version: 0 });
    expect(first).toMatchObject({ window: 8, version: 1 });
    await expectTRPCError(world.as.alice.alignment.updateSettings({ projectId: p, window: 5, tolerance: 0.1, staleDays: 14, version: 0 }), "CONFLICT");
    await world.as.alice.alignment.updateSettings({ projectId: p, window: 6, tolerance: 0.05, staleDays: 21, version: 1 });
  });

  it("lists the workspace's objectives worst first, and none from another workspace", async () => {
    const { objective } = await setUp();
    await world.as.carol.alignment.createObjective({ ...objectiveInput(world.projectB.id), statement: "B's secret objective" });
    const overview = await world.as.bob.alignment.workspaceOverview({ workspaceId: world.a.id });
    expect(overview.objectives.some((o) => o.statement === "B's secret objective")).toBe(false);
    expect(overview.objectives.some((o) => o.id === objective.id)).toBe(true);
    const ranks = overview.objectives.map((o) => ["ON_TRACK", "AT_RISK", "MISALIGNED", "STALE"].indexOf(o.status));
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
  });

  it("refuses changes to an archived project's alignment", async () => {
    const { objective } = await setUp();
    await world.as.alice.project.archive({ projectId: world.projectA.id });
    try {
      await expectTRPCError(world.as.bob.alignment.createCheckIn({ objectiveId: objective.id, date: "2026-04-01", businessValue: 1 }), "PRECONDITION_FAILED");
    } finally {
      await world.as.alice.project.restore({ projectId: world.projectA.id });
    }
  });
});
