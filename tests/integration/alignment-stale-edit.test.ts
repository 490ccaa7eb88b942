// A refused stale edit answers with the current version and whether the newer save was the caller's
// own (another tab), for objectives, ML metrics, check-ins, alignment settings and design sections;
// and never hands another workspace's data to someone outside it.
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import type { AppError } from "../../server/errors/app-error";
import { expectTRPCError, useTestWorld, type World } from "./support/world";

let world: World;
useTestWorld((_db, w) => {
  world = w;
});

async function conflictOf<T>(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe("CONFLICT");
  expect((error as TRPCError).message).not.toMatch(/Reload/);
  return ((error as TRPCError).cause as AppError).details as { current: T; byYou: boolean };
}

const objectiveInput = (projectId: string) => ({
  projectId,
  statement: "Fewer missed renewals",
  metricName: "Renewal rate",
  unit: "%",
  baseline: 70,
  target: 80,
  direction: "INCREASE" as const,
  targetDate: null,
  ownerId: null,
});

describe("stale alignment edits", () => {
  it("say the newer objective save was the caller's own when it came from their other tab", async () => {
    const o = await world.as.bob.alignment.createObjective(objectiveInput(world.projectA.id));
    const edit = { ...objectiveInput(""), objectiveId: o.id, version: o.version };
    await world.as.bob.alignment.updateObjective({ ...edit, statement: "From the first tab" });
    const mine = await conflictOf<{ statement: string; version: number }>(world.as.bob.alignment.updateObjective({ ...edit, statement: "From the second tab" }));
    expect(mine).toMatchObject({ byYou: true, current: { statement: "From the first tab", version: 2 } });

    const theirs = await conflictOf(world.as.alice.alignment.updateObjective({ ...edit, statement: "Alice's stale edit" }));
    expect(theirs.byYou).toBe(false);
    // Applying on top of the current version is an ordinary save.
    const saved = await world.as.alice.alignment.updateObjective({ ...edit, version: 2, statement: "Alice's edit on top" });
    expect(saved).toMatchObject({ statement: "Alice's edit on top", version: 3 });
    expect((await conflictOf(world.as.bob.alignment.updateObjective({ ...edit, version: 2 }))).byYou).toBe(false);
  });

  it("tell who saved an ML metric, alignment settings and a check-in last", async () => {
    const p = world.projectA.id;
    const metric = await world.as.alice.alignment.createMlMetric({ projectId: p, name: "Recall at 5%", unit: "", baseline: 0.5, target: 0.7, direction: "INCREASE" });
    const metricEdit = { projectId: p, mlMetricId: metric.id, version: 1, name: "Recall at 5%", unit: "", baseline: 0.5, target: 0.8, direction: "INCREASE" as const };
    await world.as.alice.alignment.updateMlMetric(metricEdit);
    expect(await conflictOf(world.as.alice.alignment.updateMlMetric(metricEdit))).toMatchObject({ byYou: true, current: { target: 0.8, version: 2 } });
    expect((await conflictOf(world.as.bob.alignment.updateMlMetric(metricEdit))).byYou).toBe(false);

    const settings = { projectId: p, window: 8, tolerance: 0.1, staleDays: 14, version: 0 };
    await world.as.bob.alignment.updateSettings(settings);
    expect(await conflictOf(world.as.bob.alignment.updateSettings({ ...settings, window: 4 }))).toMatchObject({ byYou: true, current: { window: 8, version: 1 } });
    expect((await conflictOf(world.as.alice.alignment.updateSettings({ ...settings, window: 4 }))).byYou).toBe(false);

    const o = await world.as.bob.alignment.createObjective(objectiveInput(p));
    const c = await world.as.bob.alignment.createCheckIn({ objectiveId: o.id, date: "2026-03-02", businessValue: 71, mlValues: {}, confidence: null, note: "" });
    const checkInEdit = { objectiveId: o.id, checkInId: c.id, version: c.version, date: c.date, businessValue: 72, mlValues: {}, confidence: null, note: "first" };
    await world.as.alice.alignment.updateCheckIn(checkInEdit);
    expect(await conflictOf(world.as.alice.alignment.updateCheckIn({ ...checkInEdit, note: "second" }))).toMatchObject({ byYou: true, current: { note: "first", version: 2 } });
    expect((await conflictOf(world.as.bob.alignment.updateCheckIn({ ...checkInEdit, note: "bob" }))).byYou).toBe(false);
  });

  it("give someone from another workspace neither the current version nor a conflict", async () => {
    const o = await world.as.bob.alignment.createObjective({ ...objectiveInput(world.projectA.id), statement: "A's private objective" });
    await world.as.bob.alignment.updateObjective({ ...objectiveInput(""), objectiveId: o.id, version: 1 });
    const error = await world.as.carol.alignment.updateObjective({ ...objectiveInput(""), objectiveId: o.id, version: 1 }).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).not.toBe("CONFLICT");
    expect(JSON.stringify((error as TRPCError).cause ?? null)).not.toContain("A's private objective");
    await expectTRPCError(world.as.carol.alignment.updateSettings({ projectId: world.projectA.id, window: 5, tolerance: 0.1, staleDays: 14, version: 0 }), "NOT_FOUND");
  });
});

describe("stale design section saves", () => {
  const empty = { fields: {}, notes: "", status: "DRAFT" as const, ownerId: null, reviewerId: null };

  it("say whether the newer revision was the caller's own", async () => {
    const p = await world.as.alice.project.create({ workspaceId: world.a.id, name: "Two tabs doc" });
    await world.as.alice.design.saveSection({ projectId: p.id, step: 1, baseRevision: 0, content: { ...empty, notes: "Tab one" } });
    const mine = await conflictOf<{ revision: number }>(world.as.alice.design.saveSection({ projectId: p.id, step: 1, baseRevision: 0, content: { ...empty, notes: "Tab two" } }));
    expect(mine).toMatchObject({ byYou: true, current: { revision: 1 } });
    const theirs = await conflictOf(world.as.bob.design.saveSection({ projectId: p.id, step: 1, baseRevision: 0, content: { ...empty, notes: "Bob" } }));
    expect(theirs.byYou).toBe(false);
  });
});
