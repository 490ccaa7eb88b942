import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { AppError } from "../../server/errors/app-error";
import type { TestDb } from "./support/test-db";
import { expectInputError } from "./support/input-error";
import { expectTRPCError, useTestWorld, type World } from "./support/world";

let t: TestDb;
let world: World;
useTestWorld((db, w) => {
  t = db;
  world = w;
});

const empty = { fields: {}, notes: "", status: "DRAFT" as const, ownerId: null, reviewerId: null };

async function conflictDetails(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe("CONFLICT");
  return ((error as TRPCError).cause as AppError).details as { current: { revision: number; content: { notes: string } } };
}

async function newProject(name: string) {
  return world.as.alice.project.create({ workspaceId: world.a.id, name });
}

describe("design document", () => {
  it("is created on first open with ten empty sections", async () => {
    const p = await newProject("Lazy doc");
    const doc = await world.as.bob.design.getDocument({ projectId: p.id });
    expect(doc.sections.map((s) => s.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(doc.sections.every((s) => s.status === "NOT_STARTED" && s.revision === 0 && s.completeness.percent === 0)).toBe(true);
    await world.as.alice.design.getDocument({ projectId: p.id });
    expect(await t.db.designSection.count({ where: { document: { projectId: p.id } } })).toBe(10);
  });

  it("is created once when several people open it at the same moment", async () => {
    const p = await newProject("Race to open");
    const callers = [world.as.alice, world.as.bob, world.as.adam, world.as.alice, world.as.bob];
    const docs = await Promise.all(callers.map((as) => as.design.getDocument({ projectId: p.id })));
    expect(new Set(docs.map((d) => d.documentId)).size).toBe(1);
    expect(await t.db.designSection.count({ where: { document: { projectId: p.id } } })).toBe(10);
  });

  it("saves a section, raises its completeness and records who changed which fields", async () => {
    const p = await newProject("Save doc");
    const saved = await world.as.bob.design.saveSection({
      projectId: p.id,
      step: 2,
      baseRevision: 0,
      content: { ...empty, fields: { taskType: "ranking", objectiveFunction: "Pairwise loss" }, notes: "First notes" },
    });
    expect(saved.section.revision).toBe(1);
    expect(saved.changed).toEqual(["taskType", "objectiveFunction", "notes", "status"]);
    const doc = await world.as.alice.design.getDocument({ projectId: p.id });
    expect(doc.sections[1]!.completeness.percent).toBe(50);
    const history = await world.as.alice.design.listHistory({ projectId: p.id, step: 2 });
    expect(history.revisions).toEqual([expect.objectContaining({ revision: 1, author: { id: world.users.bob.id, name: "Bob" } })]);
  });

  it("refuses a save based on a stale revision with CONFLICT and the current content", async () => {
    const p = await newProject("Stale doc");
    await world.as.alice.design.saveSection({ projectId: p.id, step: 1, baseRevision: 0, content: { ...empty, notes: "Alice was here" } });
    const details = await conflictDetails(world.as.bob.design.saveSection({ projectId: p.id, step: 1, baseRevision: 0, content: { ...empty, notes: "Bob's text" } }));
    expect(details.current).toMatchObject({ revision: 1, content: { notes: "Alice was here" } });
    expect((await world.as.bob.design.getSection({ projectId: p.id, step: 1 })).section.content.notes).toBe("Alice was here");
  });

  it("lets exactly one of 20 simultaneous saves at one revision win, and history holds each accepted save", async () => {
    const p = await newProject("Race doc");
    await world.as.alice.design.saveSection({ projectId: p.id, step: 3, baseRevision: 0, content: { ...empty, notes: "start" } });
    const callers = [world.as.alice, world.as.bob, world.as.adam];
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => callers[i % 3]!.design.saveSection({ projectId: p.id, step: 3, baseRevision: 1, content: { ...empty, notes: `writer ${i}` } })),
    );
    const won = results.filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect((r.reason as TRPCError).code).toBe("CONFLICT");
    const history = await world.as.alice.design.listHistory({ projectId: p.id, step: 3 });
    expect(history.revisions.map((h) => h.revision)).toEqual([2, 1]);
    const winner = (won[0] as PromiseFulfilledResult<{ section: { content: { notes: string } } }>).value.section.content.notes;
    expect((await world.as.bob.design.getSection({ projectId: p.id, step: 3 })).section.content.notes).toBe(winner);
  });

  it("shows a readable diff between revisions and restores an old one as a new revision", async () => {
    const p = await newProject("History doc");
    await world.as.alice.design.saveSection({ projectId: p.id, step: 2, baseRevision: 0, content: { ...empty, fields: { taskType: "regression" }, notes: "Predict the delay" } });
    await world.as.alice.design.saveSection({ projectId: p.id, step: 2, baseRevision: 1, content: { ...empty, fields: { taskType: "ranking" }, notes: "Predict the order" } });
    const diff = await world.as.bob.design.diffRevisions({ projectId: p.id, step: 2, from: 1, to: 2 });
    expect(diff.changes.map((c) => c.label)).toEqual(["Task type", "Notes"]);
    const task = diff.changes[0]!.parts;
    expect(task.find((x) => x.removed)?.value).toBe("Regression");
    expect(task.find((x) => x.added)?.value).toBe("Ranking");
    const restored = await world.as.bob.design.restoreRevision({ projectId: p.id, step: 2, revision: 1, baseRevision: 2 });
    expect(restored.section).toMatchObject({ revision: 3, content: { notes: "Predict the delay", fields: { taskType: "regression" } } });
    await expectTRPCError(world.as.bob.design.restoreRevision({ projectId: p.id, step: 2, revision: 1, baseRevision: 2 }), "CONFLICT");
    await expectTRPCError(world.as.bob.design.restoreRevision({ projectId: p.id, step: 2, revision: 99, baseRevision: 3 }), "NOT_FOUND");
  });

  it("refuses done while review comments are open, unless the section owner confirms", async () => {
    const p = await newProject("Review doc");
    const { alice, bob } = world.users;
    await world.as.alice.design.saveSection({ projectId: p.id, step: 4, baseRevision: 0, content: { ...empty, ownerId: alice.id, reviewerId: bob.id } });
    const thread = await world.as.bob.design.addComment({ projectId: p.id, step: 4, body: "Where do labels come from?" });
    await world.as.alice.design.addComment({ projectId: p.id, step: 4, body: "Chargebacks.", parentId: thread.id });
    const done = { ...empty, status: "DONE" as const, ownerId: alice.id, reviewerId: bob.id };
    await expectTRPCError(world.as.bob.design.saveSection({ projectId: p.id, step: 4, baseRevision: 1, content: done, overrideOpenComments: true }), "PRECONDITION_FAILED", /ask the section owner/);
    await expectTRPCError(world.as.alice.design.saveSection({ projectId: p.id, step: 4, baseRevision: 1, content: done }), "PRECONDITION_FAILED", /1 unresolved/);
    const section = await world.as.alice.design.getSection({ projectId: p.id, step: 4 });
    expect(section.threads).toEqual([expect.objectContaining({ body: "Where do labels come from?", replies: [expect.objectContaining({ body: "Chargebacks." })] })]);

    await world.as.bob.design.resolveComment({ projectId: p.id, commentId: thread.id, resolved: true });
    const saved = await world.as.bob.design.saveSection({ projectId: p.id, step: 4, baseRevision: 1, content: done });
    expect(saved.section.lastReviewedAt).not.toBeNull();
    expect(saved.section.reviewDue).toBeNull();

    const thread2 = await world.as.bob.design.addComment({ projectId: p.id, step: 5, body: "Leakage?" });
    await world.as.alice.design.saveSection({ projectId: p.id, step: 5, baseRevision: 0, content: { ...empty, ownerId: alice.id } });
    const forced = await world.as.alice.design.saveSection({ projectId: p.id, step: 5, baseRevision: 1, content: { ...empty, ownerId: alice.id, status: "DONE" }, overrideOpenComments: true });
    expect(forced.section.content.status).toBe("DONE");
    expect(thread2.id).toBeTruthy();
  });

  it("flags a done section as review due once the project changes stage", async () => {
    const p = await newProject("Drift doc");
    await world.as.alice.design.saveSection({ projectId: p.id, step: 7, baseRevision: 0, content: { ...empty, status: "DONE" } });
    expect((await world.as.alice.design.getDocument({ projectId: p.id })).sections[6]!.reviewDue).toBeNull();
    await world.as.alice.project.update({ projectId: p.id, version: 1, stage: "PRODUCTION" });
    expect((await world.as.alice.design.getDocument({ projectId: p.id })).sections[6]!.reviewDue).toBe("stage_changed");
    const reviewed = await world.as.alice.design.saveSection({ projectId: p.id, step: 7, baseRevision: 1, content: { ...empty, status: "DONE" }, confirmReview: true });
    expect(reviewed.section.reviewDue).toBeNull();
  });

  it("lets the project owner or an admin set the review period, which the drift rule then uses", async () => {
    const p = await newProject("Period doc");
    await world.as.alice.design.saveSection({ projectId: p.id, step: 3, baseRevision: 0, content: { ...empty, status: "DONE" } });
    // Reviewed 30 days ago: current under the default 90 days, due under a 14-day period.
    await t.db.designSection.updateMany({ where: { document: { projectId: p.id }, step: 3 }, data: { lastReviewedAt: new Date(Date.now() - 30 * 86_400_000) } });
    expect((await world.as.bob.design.getDocument({ projectId: p.id })).sections[2]!.reviewDue).toBeNull();
    expect(await world.as.adam.design.setReviewPeriod({ projectId: p.id, days: 14 })).toEqual({ reviewPeriodDays: 14 });
    const doc = await world.as.bob.design.getDocument({ projectId: p.id });
    expect(doc.reviewPeriodDays).toBe(14);
    expect(doc.sections[2]!.reviewDue).toBe("period_elapsed");
    expect(await world.as.alice.design.setReviewPeriod({ projectId: p.id, days: 730 })).toEqual({ reviewPeriodDays: 730 });
  });

  it("refuses a member who does not own the project, and a period outside 7 to 730 days, writing nothing", async () => {
    const p = await newProject("Guarded period");
    await world.as.alice.design.setReviewPeriod({ projectId: p.id, days: 60 });
    await expectTRPCError(world.as.bob.design.setReviewPeriod({ projectId: p.id, days: 30 }), "FORBIDDEN", /project owner or a workspace admin/);
    for (const days of [6, 731, 30.5, -1, 0]) {
      const error = await world.as.alice.design.setReviewPeriod({ projectId: p.id, days }).then(() => null, (e: unknown) => e as TRPCError);
      expect(error?.code, String(days)).toBe("BAD_REQUEST");
      expect(error?.message).toContain("must be a whole number of days from 7 to 730");
    }
    await expectTRPCError(world.as.alice.design.setReviewPeriod({ projectId: p.id, days: "90" as never }), "BAD_REQUEST");
    expect((await world.as.alice.design.getDocument({ projectId: p.id })).reviewPeriodDays).toBe(60);
  });

  it("refuses to change the review period of an archived project", async () => {
    const p = await newProject("Archived period");
    await world.as.alice.project.archive({ projectId: p.id });
    await expectTRPCError(world.as.alice.design.setReviewPeriod({ projectId: p.id, days: 30 }), "PRECONDITION_FAILED");
  });

  it("lets a workspace admin set the review period for every document, and new documents start with it", async () => {
    const existing = await newProject("Workspace period, existing");
    await world.as.alice.design.getDocument({ projectId: existing.id }); // its document exists (90 days)
    expect(await world.as.bob.workspace.settings({ workspaceId: world.a.id })).toEqual({ designReviewDays: 90 });
    await expectTRPCError(world.as.bob.workspace.setDesignReviewPeriod({ workspaceId: world.a.id, days: 30 }), "FORBIDDEN");
    await expectInputError(world.as.adam.workspace.setDesignReviewPeriod({ workspaceId: world.a.id, days: 731 }), "days");
    expect((await world.as.alice.design.getDocument({ projectId: existing.id })).reviewPeriodDays).toBe(90); // nothing written

    const saved = await world.as.adam.workspace.setDesignReviewPeriod({ workspaceId: world.a.id, days: 30 });
    expect(saved.designReviewDays).toBe(30);
    expect(saved.documentsUpdated).toBeGreaterThanOrEqual(1);
    expect((await world.as.bob.design.getDocument({ projectId: existing.id })).reviewPeriodDays).toBe(30);
    const later = await newProject("Workspace period, new");
    expect((await world.as.bob.design.getDocument({ projectId: later.id })).reviewPeriodDays).toBe(30);
    // Another workspace keeps its own period.
    expect(await world.as.carol.workspace.settings({ workspaceId: world.b.id })).toEqual({ designReviewDays: 90 });
    await world.as.alice.workspace.setDesignReviewPeriod({ workspaceId: world.a.id, days: 90 }); // leave the default for the tests after this one
  });

  it("exports the document as Markdown with what was typed", async () => {
    const p = await newProject("Export doc");
    await world.as.alice.design.saveSection({
      projectId: p.id,
      step: 3,
      baseRevision: 0,
      content: { ...empty, fields: { dataflow: "stream", sources: [{ name: "Clickstream", kind: "system_logs", freshness: 5 }] }, notes: "Kafka topics | partitioned" },
    });
    const { markdown } = await world.as.bob.design.exportMarkdown({ projectId: p.id });
    expect(markdown).toContain("# Design document: Export doc");
    expect(markdown).toContain("**Dataflow mode:** Streaming only");
    expect(markdown).toContain("| Clickstream | System logs |  |  |  | 5 minutes |  |");
    expect(markdown).toContain("Kafka topics | partitioned");
  });

  it("starts from an example without overwriting sections already written", async () => {
    const p = await newProject("Example doc");
    await world.as.alice.design.saveSection({ projectId: p.id, step: 1, baseRevision: 0, content: { ...empty, notes: "Ours" } });
    expect(await world.as.alice.design.applyExample({ projectId: p.id, example: "card_fraud" })).toEqual({ applied: 9 });
    const doc = await world.as.alice.design.getDocument({ projectId: p.id });
    expect(doc.sections[0]!.completeness.percent).toBe(0);
    expect(doc.sections.slice(1).every((s) => s.completeness.percent === 100 && s.revision === 1)).toBe(true);
  });

  it("refuses owners from outside the workspace, edits to archived projects, and writes nothing", async () => {
    const p = await newProject("Guard doc");
    await world.as.alice.design.getDocument({ projectId: p.id });
    await expectTRPCError(world.as.alice.design.saveSection({ projectId: p.id, step: 1, baseRevision: 0, content: { ...empty, ownerId: world.users.carol.id } }), "BAD_REQUEST", /ownerId/);
    await world.as.alice.project.archive({ projectId: p.id });
    await expectTRPCError(world.as.alice.design.saveSection({ projectId: p.id, step: 1, baseRevision: 0, content: empty }), "PRECONDITION_FAILED");
    await expectTRPCError(world.as.alice.design.addComment({ projectId: p.id, step: 1, body: "hi" }), "PRECONDITION_FAILED");
    expect(await t.db.designRevision.count({ where: { section: { document: { projectId: p.id } } } })).toBe(0);
  });

  it("refuses a comment reply to another project's comment and resolving another project's comment", async () => {
    const p1 = await newProject("Comments one");
    const p2 = await newProject("Comments two");
    const c = await world.as.alice.design.addComment({ projectId: p1.id, step: 1, body: "On p1" });
    await expectTRPCError(world.as.alice.design.addComment({ projectId: p2.id, step: 1, body: "x", parentId: c.id }), "NOT_FOUND");
    await expectTRPCError(world.as.alice.design.resolveComment({ projectId: p2.id, commentId: c.id, resolved: true }), "NOT_FOUND");
  });
});
