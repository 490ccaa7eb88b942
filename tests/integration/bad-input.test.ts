// Every procedure that takes input refuses malformed input with a message naming the field,
// and writes nothing. A new procedure must be added here (see the last test).
import { describe, expect, it } from "vitest";
import { appRouter } from "../../server/api/root";
import type { TestDb } from "./support/test-db";
import { expectInputError } from "./support/input-error";
import { callerFor, type Caller, useTestWorld, type World } from "./support/world";

let t: TestDb;
let world: World;
useTestWorld((db, w) => {
  t = db;
  world = w;
});

const NO_INPUT = ["auth.me", "workspace.list", "learn.myProgress"];

// [field the message must name, the call] — `as never` feeds values the types forbid.
const badCalls = (): Record<string, [string, (as: Caller) => Promise<unknown>]> => {
  const A = world.a.id;
  const p = world.projectA.id;
  const long = "x".repeat(5000);
  return {
    "auth.signUp": ["email", () => callerFor(t.db, null).auth.signUp({ name: "N", email: "nope", password: "long enough password" })],
    "workspace.bySlug": ["slug", (as) => as.workspace.bySlug({ slug: "" })],
    "workspace.create": ["name", (as) => as.workspace.create({ name: long })],
    "workspace.rename": ["name", (as) => as.workspace.rename({ workspaceId: A, name: " " })],
    "member.list": ["workspaceId", (as) => as.member.list({ workspaceId: "" })],
    "member.updateRole": ["role", (as) => as.member.updateRole({ workspaceId: A, userId: world.users.bob.id, role: "GOD" as never })],
    "member.updateDiscipline": ["discipline", (as) => as.member.updateDiscipline({ workspaceId: A, userId: world.users.bob.id, discipline: "WIZARD" as never })],
    "member.remove": ["userId", (as) => as.member.remove({ workspaceId: A, userId: "" })],
    "member.leave": ["workspaceId", (as) => as.member.leave({ workspaceId: long })],
    "invite.list": ["workspaceId", (as) => as.invite.list({ workspaceId: "" })],
    "invite.create": ["role", (as) => as.invite.create({ workspaceId: A, role: "SUPREME" as never })],
    "invite.revoke": ["inviteId", (as) => as.invite.revoke({ workspaceId: A, inviteId: "" })],
    "invite.preview": ["token", (as) => as.invite.preview({ token: "short" })],
    "invite.accept": ["token", (as) => as.invite.accept({ token: "short" })],
    "project.list": ["archived", (as) => as.project.list({ workspaceId: A, archived: "yes" as never })],
    "project.get": ["projectId", (as) => as.project.get({ projectId: "" })],
    "project.create": ["name", (as) => as.project.create({ workspaceId: A, name: "x" })],
    "project.update": ["version", (as) => as.project.update({ projectId: p, version: 0, name: "Valid name" })],
    "project.archive": ["projectId", (as) => as.project.archive({ projectId: long })],
    "project.restore": ["projectId", (as) => as.project.restore({ projectId: "" })],
    "learn.myPath": ["workspaceId", (as) => as.learn.myPath({ workspaceId: "" })],
    "learn.setPath": ["path", (as) => as.learn.setPath({ path: "wizard" as never })],
    "learn.startChapter": ["chapter", (as) => as.learn.startChapter({ chapter: "" })],
    "learn.setComplete": ["complete", (as) => as.learn.setComplete({ chapter: "training-data", complete: "yes" as never })],
    "learn.submitQuiz": ["answers", (as) => as.learn.submitQuiz({ chapter: "training-data", answers: { q1: "a" as never } })],
    "learn.teamProgress": ["workspaceId", (as) => as.learn.teamProgress({ workspaceId: "" })],
    // ---- design ----
    "design.getDocument": ["projectId", (as) => as.design.getDocument({ projectId: "" })],
    "design.getSection": ["step", (as) => as.design.getSection({ projectId: p, step: 11 as never })],
    "design.saveSection": [
      "content.fields.taskType",
      (as) => as.design.saveSection({ projectId: p, step: 2, baseRevision: 0, content: { fields: { taskType: "astrology" }, notes: "", status: "DRAFT", ownerId: null, reviewerId: null } }),
    ],
    "design.listHistory": ["before", (as) => as.design.listHistory({ projectId: p, step: 1, before: -1 })],
    "design.diffRevisions": ["to", (as) => as.design.diffRevisions({ projectId: p, step: 1, from: 0, to: 1.5 })],
    "design.restoreRevision": ["revision", (as) => as.design.restoreRevision({ projectId: p, step: 1, revision: 0, baseRevision: 0 })],
    "design.addComment": ["body", (as) => as.design.addComment({ projectId: p, step: 1, body: long })],
    "design.resolveComment": ["resolved", (as) => as.design.resolveComment({ projectId: p, commentId: "c1", resolved: "yes" as never })],
    "design.exportMarkdown": ["projectId", (as) => as.design.exportMarkdown({ projectId: long })],
    "design.applyExample": ["example", (as) => as.design.applyExample({ projectId: p, example: "wizard" as never })],
  };
};

async function countEverything() {
  const db = t.db;
  return Promise.all([db.user.count(), db.workspace.count(), db.membership.count(), db.invite.count(), db.project.count(), db.chapterProgress.count(), db.quizAttempt.count(),
    // ---- design ----
    db.designDocument.count(), db.designRevision.count(), db.designComment.count()]);
}

describe("bad input", () => {
  it("is refused with a message naming the field, and nothing is written", async () => {
    const before = await countEverything();
    const projectBefore = await t.db.project.findUniqueOrThrow({ where: { id: world.projectA.id } });
    for (const [path, [field, call]] of Object.entries(badCalls())) {
      await expectInputError(call(world.as.alice), field).catch((e: Error) => {
        throw new Error(`${path}: ${e.message}`);
      });
    }
    expect(await countEverything()).toEqual(before);
    expect(await t.db.project.findUniqueOrThrow({ where: { id: world.projectA.id } })).toEqual(projectBefore);
  });

  it("covers every procedure that takes input", () => {
    const all = Object.keys(appRouter._def.procedures).sort();
    expect([...Object.keys(badCalls()), ...NO_INPUT].sort()).toEqual(all);
  });
});

// ---- design ----
describe("bad input to design documents", () => {
  it("refuses oversized notes, too many rows and unknown fields, naming them, and writes nothing", async () => {
    const p = world.projectA.id;
    const base = { fields: {}, notes: "", status: "DRAFT" as const, ownerId: null, reviewerId: null };
    const before = await countEverything();
    await expectInputError(world.as.alice.design.saveSection({ projectId: p, step: 1, baseRevision: 0, content: { ...base, notes: "x".repeat(20_001) } }), "content.notes");
    const rows = Array.from({ length: 201 }, () => ({ name: "f", type: "numeric" }));
    await expectInputError(world.as.alice.design.saveSection({ projectId: p, step: 5, baseRevision: 0, content: { ...base, fields: { features: rows } } }), "content.fields.features");
    await expectInputError(world.as.alice.design.saveSection({ projectId: p, step: 1, baseRevision: 0, content: { ...base, fields: { colour: "red" } } }), "content.fields");
    await expectInputError(world.as.alice.design.saveSection({ projectId: p, step: 1, baseRevision: 0, content: { ...base, status: "SHIPPED" as never } }), "content.status");
    expect(await countEverything()).toEqual(before);
  });
});
