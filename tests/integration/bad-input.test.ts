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

const NO_INPUT = ["auth.me", "auth.signOutEverywhere", "workspace.list", "learn.myProgress"];

// [field the message must name, the call] — `as never` feeds values the types forbid.
const badCalls = (): Record<string, [string, (as: Caller) => Promise<unknown>]> => {
  const A = world.a.id;
  const p = world.projectA.id;
  const long = "x".repeat(5000);
  return {
    "auth.signUp": ["email", () => callerFor(t.db, null).auth.signUp({ name: "N", email: "nope", password: "long enough password" })],
    "auth.updateName": ["name", (as) => as.auth.updateName({ name: long })],
    "auth.changePassword": ["newPassword", (as) => as.auth.changePassword({ currentPassword: "whatever", newPassword: "1234567890" })],
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
    "learn.submitQuiz": ["answers", (as) => as.learn.submitQuiz({ chapter: "training-data", answers: { q1: [long] } })],
    "learn.teamProgress": ["workspaceId", (as) => as.learn.teamProgress({ workspaceId: "" })],
    // ---- learn ----
    "learn.getQuiz": ["chapter", (as) => as.learn.getQuiz({ chapter: long })],
    "learn.myChecklist": ["chapter", (as) => as.learn.myChecklist({ chapter: "" })],
    "learn.setChecklistItem": ["item", (as) => as.learn.setChecklistItem({ chapter: "training-data", item: long, done: true })],
    // ---- assess ----
    "assess.listTemplates": ["workspaceId", (as) => as.assess.listTemplates({ workspaceId: long })],
    "assess.openRound": ["closesAt", (as) => as.assess.openRound({ projectId: p, title: "Q1", closesAt: "tomorrow" as never, rubric: { templateId: "causeway-maturity" }, inviteeIds: [world.users.bob.id] })],
    "assess.listRounds": ["projectId", (as) => as.assess.listRounds({ projectId: "" })],
    "assess.roundHistory": ["projectId", (as) => as.assess.roundHistory({ projectId: long })],
    "assess.waitingRounds": ["workspaceId", (as) => as.assess.waitingRounds({ workspaceId: "" })],
    "assess.getRound": ["roundId", (as) => as.assess.getRound({ roundId: "" })],
    "assess.saveAnswers": ["roundId", (as) => as.assess.saveAnswers({ roundId: long, answers: [] })],
    "assess.closeRound": ["roundId", (as) => as.assess.closeRound({ roundId: "" })],
    "assess.participation": ["roundId", (as) => as.assess.participation({ roundId: "" })],
    "assess.sendReminders": ["roundId", (as) => as.assess.sendReminders({ roundId: "" })],
    "assess.getResults": ["roundId", (as) => as.assess.getResults({ roundId: long })],
    "assess.exportCsv": ["roundId", (as) => as.assess.exportCsv({ roundId: "" })],
    "assess.listExemptions": ["projectId", (as) => as.assess.listExemptions({ projectId: "" })],
    "assess.setExemption": ["reason", (as) => as.assess.setExemption({ projectId: p, itemId: "some_item", reason: long, expiresAt: new Date(Date.now() + 86_400_000) })],
    "assess.revokeExemption": ["exemptionId", (as) => as.assess.revokeExemption({ projectId: p, exemptionId: "" })],
    "assess.copyRubric": ["name", (as) => as.assess.copyRubric({ workspaceId: A, templateId: "causeway-maturity", name: long })],
    "assess.getRubric": ["rubricId", (as) => as.assess.getRubric({ workspaceId: A, rubricId: "" })],
    "assess.editRubric": ["edits", (as) => as.assess.editRubric({ workspaceId: A, rubricId: "r", baseVersion: 1, edits: Array.from({ length: 51 }, () => ({ op: "retire" as const, itemId: "x" })) })],
    // ---- steer ----
    "steer.dashboard": ["roundId", (as) => as.steer.dashboard({ projectId: p, roundId: long })],
    "steer.portfolio": ["workspaceId", (as) => as.steer.portfolio({ workspaceId: "" })],
  };
};

async function countEverything() {
  const db = t.db;
  return Promise.all([db.user.count(), db.workspace.count(), db.membership.count(), db.invite.count(), db.project.count(), db.chapterProgress.count(), db.quizAttempt.count(), db.checklistTick.count()]);
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
