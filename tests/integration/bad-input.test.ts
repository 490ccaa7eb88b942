// Every procedure that takes input refuses malformed input with a message naming the field,
// and writes nothing. A new procedure must be added here (see the last test).
import { describe, expect, it } from "vitest";
import { appRouter } from "../../server/api/root";
import type { TestDb } from "./support/test-db";
import { answerAll, openRound } from "./support/assess";
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
    "workspace.settings": ["workspaceId", (as) => as.workspace.settings({ workspaceId: "" })],
    "workspace.setDesignReviewPeriod": ["days", (as) => as.workspace.setDesignReviewPeriod({ workspaceId: A, days: 6 })],
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
    "project.recent": ["limit", (as) => as.project.recent({ limit: 1000 })],
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
    // ---- meetings ----
    "meeting.start": ["roundId", (as) => as.meeting.start({ projectId: p, roundId: "" })],
    "meeting.get": ["meetingId", (as) => as.meeting.get({ meetingId: "" })],
    "meeting.list": ["projectId", (as) => as.meeting.list({ projectId: long })],
    "meeting.setSlide": ["slideIndex", (as) => as.meeting.setSlide({ meetingId: meetingIds().meetingId, slideIndex: -1 })],
    "meeting.end": ["meetingId", (as) => as.meeting.end({ meetingId: long })],
    "meeting.createAction": ["title", (as) => as.meeting.createAction({ meetingId: meetingIds().meetingId, title: long, leverId: "training_data_quality", ownerId: world.users.bob.id, dueDate: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10), lessonSlug: null })],
    "meeting.updateAction": ["version", (as) => as.meeting.updateAction({ actionId: meetingIds().actionId, version: 0, status: "DONE" })],
    "meeting.listActions": ["projectId", (as) => as.meeting.listActions({ projectId: "" })],
    "meeting.myOpenActions": ["workspaceId", (as) => as.meeting.myOpenActions({ workspaceId: "" })],
    "meeting.live": ["lastEventId", (as) => as.meeting.live({ meetingId: meetingIds().meetingId, lastEventId: long })],
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
    // ---- alignment ----
    ...alignmentBadCalls(p, long),
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
    "design.setReviewPeriod": ["days", (as) => as.design.setReviewPeriod({ projectId: p, days: 100_000 })],
    "design.trackMetric": ["kind", (as) => as.design.trackMetric({ projectId: p, kind: "wish" as never, name: "AUC" })],
    // ---- steer ----
    "steer.dashboard": ["roundId", (as) => as.steer.dashboard({ projectId: p, roundId: long })],
    "steer.portfolio": ["workspaceId", (as) => as.steer.portfolio({ workspaceId: "" })],
    "steer.compareRounds": ["toRoundId", (as) => as.steer.compareRounds({ projectId: p, fromRoundId: "r1", toRoundId: long })],
    "steer.workspaceTrend": ["workspaceId", (as) => as.steer.workspaceTrend({ workspaceId: long })],
  };
};

// ---- alignment ----
let align: { objectiveId: string; mlMetricId: string; checkInId: string } | undefined;
// ---- meetings ----
let meetingRefs: { meetingId: string; actionId: string } | undefined;
const meetingIds = () => meetingRefs!;
async function meetingFixture() {
  const as = world.as.alice;
  const round = await openRound(as, world.projectA.id, [world.users.alice.id], { title: "Meeting fixture" });
  await answerAll(as, round.id);
  await as.assess.closeRound({ roundId: round.id });
  const meeting = await as.meeting.start({ projectId: world.projectA.id, roundId: round.id });
  const action = await as.meeting.createAction({ meetingId: meeting.id, title: "A fixture action", leverId: "training_data_quality", ownerId: world.users.bob.id, dueDate: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10), lessonSlug: null });
  meetingRefs = { meetingId: meeting.id, actionId: action.id };
}

async function alignmentFixture() {
  if (align) return align;
  const as = world.as.alice;
  const o = await as.alignment.createObjective({ projectId: world.projectA.id, statement: "Lower losses", metricName: "Losses", baseline: 10, target: 5, direction: "DECREASE" });
  const m = await as.alignment.createMlMetric({ projectId: world.projectA.id, name: "Recall", baseline: 0.5, target: 0.8, direction: "INCREASE" });
  await as.alignment.setMapping({ objectiveId: o.id, mlMetricId: m.id, hypothesis: "More recall, fewer losses." });
  const c = await as.alignment.createCheckIn({ objectiveId: o.id, date: "2026-01-05", businessValue: 9 });
  align = { objectiveId: o.id, mlMetricId: m.id, checkInId: c.id };
  return align;
}

function alignmentBadCalls(p: string, long: string): Record<string, [string, (as: Caller) => Promise<unknown>]> {
  const ids = () => align!;
  const objective = { statement: "Lower losses", metricName: "Losses", baseline: 10, target: 5, direction: "DECREASE" as const };
  const metric = { name: "Precision", baseline: 0.5, target: 0.8, direction: "INCREASE" as const };
  return {
    "alignment.view": ["projectId", (as) => as.alignment.view({ projectId: long })],
    "alignment.workspaceOverview": ["workspaceId", (as) => as.alignment.workspaceOverview({ workspaceId: "" })],
    "alignment.createObjective": ["baseline", (as) => as.alignment.createObjective({ projectId: p, ...objective, baseline: Number.POSITIVE_INFINITY })],
    "alignment.updateObjective": ["statement", (as) => as.alignment.updateObjective({ objectiveId: ids().objectiveId, version: 1, ...objective, statement: long })],
    "alignment.deleteObjective": ["objectiveId", (as) => as.alignment.deleteObjective({ objectiveId: "" })],
    "alignment.createMlMetric": ["direction", (as) => as.alignment.createMlMetric({ projectId: p, ...metric, direction: "SIDEWAYS" as never })],
    "alignment.updateMlMetric": ["target", (as) => as.alignment.updateMlMetric({ projectId: p, mlMetricId: ids().mlMetricId, version: 1, ...metric, target: "high" as never })],
    "alignment.deleteMlMetric": ["mlMetricId", (as) => as.alignment.deleteMlMetric({ projectId: p, mlMetricId: long })],
    "alignment.setMapping": ["hypothesis", (as) => as.alignment.setMapping({ objectiveId: ids().objectiveId, mlMetricId: ids().mlMetricId, hypothesis: long })],
    "alignment.removeMapping": ["mlMetricId", (as) => as.alignment.removeMapping({ objectiveId: ids().objectiveId, mlMetricId: "" })],
    "alignment.createCheckIn": ["date", (as) => as.alignment.createCheckIn({ objectiveId: ids().objectiveId, date: "2026-02-31", businessValue: 1 })],
    "alignment.updateCheckIn": ["note", (as) => as.alignment.updateCheckIn({ objectiveId: ids().objectiveId, checkInId: ids().checkInId, version: 1, date: "2026-01-05", businessValue: 1, note: long })],
    "alignment.deleteCheckIn": ["version", (as) => as.alignment.deleteCheckIn({ objectiveId: ids().objectiveId, checkInId: ids().checkInId, version: -1 })],
    "alignment.checkInHistory": ["checkInId", (as) => as.alignment.checkInHistory({ objectiveId: ids().objectiveId, checkInId: long })],
    "alignment.updateSettings": ["window", (as) => as.alignment.updateSettings({ projectId: p, window: 1_000_000, tolerance: 0.1, staleDays: 7, version: 0 })],
    "alignment.previewImport": ["csv", (as) => as.alignment.previewImport({ objectiveId: ids().objectiveId, csv: 42 as never })],
    "alignment.importCheckIns": ["csv", (as) => as.alignment.importCheckIns({ objectiveId: ids().objectiveId, csv: "x".repeat(3 * 1024 * 1024) })],
    "alignment.exportCheckIns": ["objectiveId", (as) => as.alignment.exportCheckIns({ objectiveId: "" })],
    "alignment.checkInTemplate": ["objectiveId", (as) => as.alignment.checkInTemplate({ objectiveId: long })],
  };
}

async function countEverything() {
  const db = t.db;
  return Promise.all([
    db.user.count(),
    db.workspace.count(),
    db.membership.count(),
    db.invite.count(),
    db.project.count(),
    db.chapterProgress.count(),
    db.quizAttempt.count(),
    db.checklistTick.count(),
    // ---- alignment ----
    db.businessObjective.findMany({ orderBy: { id: "asc" } }),
    db.mlMetric.findMany({ orderBy: { id: "asc" } }),
    db.metricMapping.findMany({ orderBy: { objectiveId: "asc" } }),
    db.checkIn.findMany({ orderBy: { id: "asc" } }),
    db.checkInRevision.count(),
    db.alignmentSettings.count(),
    // ---- design ----
    db.designDocument.count(),
    db.designRevision.count(),
    db.designComment.count(),
    // ---- meetings ----
    db.meeting.count(),
    db.meetingAction.count(),
  ]);
}

describe("bad input", () => {
  it("is refused with a message naming the field, and nothing is written", async () => {
    await alignmentFixture(); // ---- alignment ----
    await meetingFixture(); // ---- meetings ----
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
