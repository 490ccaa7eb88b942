// A member of workspace A calls every procedure with workspace B's ids: each call is refused and
// B's data is byte-for-byte unchanged afterwards. A new procedure must be added here (see last test).
import { describe, expect, it } from "vitest";
import { appRouter } from "../../server/api/root";
import type { TestDb } from "./support/test-db";
import { NOT_TENANT_SCOPED_PROCEDURES } from "./support/procedures";
import { snapshotWorkspace } from "./support/snapshot";
import { expectTRPCError, useTestWorld, type Caller, type World } from "./support/world";

let t: TestDb;
let world: World;
let bInvite: { id: string; token: string };
let bRound: { id: string }; // assess
let bRubric: { id: string }; // assess
// ---- alignment ----
let bAlign: { objectiveId: string; mlMetricId: string; checkInId: string };
// ---- design ----
let bComment: { id: string };
// ---- meetings ----
let bMeeting: { id: string };
let bAction: { id: string };
useTestWorld(async (db, w) => {
  t = db;
  world = w;
  bInvite = await world.as.carol.invite.create({ workspaceId: world.b.id });
  bRound = await world.as.carol.assess.openRound({ projectId: world.projectB.id, title: "B round", closesAt: new Date(Date.now() + 86_400_000 * 7), rubric: { templateId: "causeway-maturity" }, inviteeIds: [world.users.carol.id] }); // assess
  bRubric = await world.as.carol.assess.copyRubric({ workspaceId: world.b.id, templateId: "causeway-maturity", name: "B rubric" }); // assess
  // ---- alignment ----
  const objective = await world.as.carol.alignment.createObjective({ projectId: world.projectB.id, statement: "B's objective", metricName: "Revenue", baseline: 1, target: 2, direction: "INCREASE" });
  const metric = await world.as.carol.alignment.createMlMetric({ projectId: world.projectB.id, name: "AUC", baseline: 0.7, target: 0.8, direction: "INCREASE" });
  await world.as.carol.alignment.setMapping({ objectiveId: objective.id, mlMetricId: metric.id, hypothesis: "Better ranking brings revenue." });
  const checkIn = await world.as.carol.alignment.createCheckIn({ objectiveId: objective.id, date: "2026-01-05", businessValue: 1.2, mlValues: { [metric.id]: 0.72 } });
  bAlign = { objectiveId: objective.id, mlMetricId: metric.id, checkInId: checkIn.id };
  bComment = await world.as.carol.design.addComment({ projectId: world.projectB.id, step: 1, body: "B's private review note" });
  // ---- meetings ----
  const closed = await world.as.carol.assess.openRound({ projectId: world.projectB.id, title: "B closed round", closesAt: new Date(Date.now() + 86_400_000 * 7), rubric: { templateId: "causeway-maturity" }, inviteeIds: [world.users.carol.id] });
  const rubric = await world.as.carol.assess.getRound({ roundId: closed.id });
  await world.as.carol.assess.saveAnswers({ roundId: closed.id, answers: rubric.rubric.questions.map((q) => ({ itemId: q.id, level: 1, dontKnow: false, note: "" })), submit: true });
  await world.as.carol.assess.closeRound({ roundId: closed.id });
  bMeeting = await world.as.carol.meeting.start({ projectId: world.projectB.id, roundId: closed.id });
  bAction = await world.as.carol.meeting.createAction({ meetingId: bMeeting.id, title: "B's private action", leverId: "training_data_quality", ownerId: world.users.carol.id, dueDate: new Date(Date.now() + 86_400_000 * 7).toISOString().slice(0, 10), lessonSlug: null });
});

async function snapshotDesign(projectId: string) {
  const where = { section: { document: { projectId } } };
  const [document, sections, revisions, comments] = await Promise.all([
    t.db.designDocument.findUnique({ where: { projectId } }),
    t.db.designSection.findMany({ where: { document: { projectId } }, orderBy: { step: "asc" } }),
    t.db.designRevision.findMany({ where, orderBy: { id: "asc" } }),
    t.db.designComment.findMany({ where, orderBy: { id: "asc" } }),
  ]);
  return { document, sections, revisions, comments };
}


type Attack = (as: Caller) => Promise<unknown>;
const attacks = (): Record<string, Attack> => {
  const B = world.b.id;
  const pB = world.projectB.id;
  const carol = world.users.carol.id;
  return {
    "workspace.bySlug": (as) => as.workspace.bySlug({ slug: world.b.slug }),
    "workspace.rename": (as) => as.workspace.rename({ workspaceId: B, name: "Owned" }),
    "workspace.settings": (as) => as.workspace.settings({ workspaceId: B }),
    "workspace.setDesignReviewPeriod": (as) => as.workspace.setDesignReviewPeriod({ workspaceId: B, days: 7 }),
    "member.list": (as) => as.member.list({ workspaceId: B }),
    "member.updateRole": (as) => as.member.updateRole({ workspaceId: B, userId: carol, role: "MEMBER" }),
    "member.updateDiscipline": (as) => as.member.updateDiscipline({ workspaceId: B, userId: carol, discipline: "OTHER" }),
    "member.remove": (as) => as.member.remove({ workspaceId: B, userId: carol }),
    "member.leave": (as) => as.member.leave({ workspaceId: B }),
    "invite.list": (as) => as.invite.list({ workspaceId: B }),
    "invite.create": (as) => as.invite.create({ workspaceId: B }),
    "invite.revoke": (as) => as.invite.revoke({ workspaceId: B, inviteId: bInvite.id }),
    "project.list": (as) => as.project.list({ workspaceId: B }),
    "project.get": (as) => as.project.get({ projectId: pB }),
    "project.create": (as) => as.project.create({ workspaceId: B, name: "Planted" }),
    "project.update": (as) => as.project.update({ projectId: pB, version: 1, name: "Hijacked" }),
    "project.archive": (as) => as.project.archive({ projectId: pB }),
    "project.restore": (as) => as.project.restore({ projectId: pB }),
    "learn.myPath": (as) => as.learn.myPath({ workspaceId: B }),
    "learn.teamProgress": (as) => as.learn.teamProgress({ workspaceId: B }),
    // ---- assess ----
    "assess.listTemplates": (as) => as.assess.listTemplates({ workspaceId: B }),
    "assess.openRound": (as) => as.assess.openRound({ projectId: pB, title: "Planted", closesAt: new Date(Date.now() + 86_400_000), rubric: { templateId: "causeway-maturity" }, inviteeIds: [carol] }),
    "assess.listRounds": (as) => as.assess.listRounds({ projectId: pB }),
    "assess.roundHistory": (as) => as.assess.roundHistory({ projectId: pB }),
    "assess.waitingRounds": (as) => as.assess.waitingRounds({ workspaceId: B }),
    "assess.getRound": (as) => as.assess.getRound({ roundId: bRound.id }),
    "assess.saveAnswers": (as) => as.assess.saveAnswers({ roundId: bRound.id, answers: [], submit: true }),
    "assess.closeRound": (as) => as.assess.closeRound({ roundId: bRound.id }),
    "assess.participation": (as) => as.assess.participation({ roundId: bRound.id }),
    "assess.sendReminders": (as) => as.assess.sendReminders({ roundId: bRound.id }),
    "assess.getResults": (as) => as.assess.getResults({ roundId: bRound.id }),
    "assess.exportCsv": (as) => as.assess.exportCsv({ roundId: bRound.id }),
    "assess.listExemptions": (as) => as.assess.listExemptions({ projectId: pB }),
    "assess.setExemption": (as) => as.assess.setExemption({ projectId: pB, itemId: "x_item", reason: "Planted", expiresAt: new Date(Date.now() + 86_400_000) }),
    "assess.revokeExemption": (as) => as.assess.revokeExemption({ projectId: pB, exemptionId: "any" }),
    "assess.copyRubric": (as) => as.assess.copyRubric({ workspaceId: B, templateId: "causeway-maturity", name: "Planted" }),
    "assess.getRubric": (as) => as.assess.getRubric({ workspaceId: B, rubricId: bRubric.id }),
    "assess.editRubric": (as) => as.assess.editRubric({ workspaceId: B, rubricId: bRubric.id, baseVersion: 1, edits: [{ op: "retire", itemId: "x" }] }),
    // ---- alignment ----
    ...alignmentAttacks(pB, B),
    // ---- design ----
    "design.getDocument": (as) => as.design.getDocument({ projectId: pB }),
    "design.getSection": (as) => as.design.getSection({ projectId: pB, step: 1 }),
    "design.saveSection": (as) =>
      as.design.saveSection({ projectId: pB, step: 1, baseRevision: 0, content: { fields: {}, notes: "Hijacked", status: "DRAFT", ownerId: null, reviewerId: null } }),
    "design.listHistory": (as) => as.design.listHistory({ projectId: pB, step: 1 }),
    "design.diffRevisions": (as) => as.design.diffRevisions({ projectId: pB, step: 1, from: 0, to: 0 }),
    "design.restoreRevision": (as) => as.design.restoreRevision({ projectId: pB, step: 1, revision: 1, baseRevision: 0 }),
    "design.addComment": (as) => as.design.addComment({ projectId: pB, step: 1, body: "Planted" }),
    "design.resolveComment": (as) => as.design.resolveComment({ projectId: pB, commentId: bComment.id, resolved: true }),
    "design.exportMarkdown": (as) => as.design.exportMarkdown({ projectId: pB }),
    "design.applyExample": (as) => as.design.applyExample({ projectId: pB, example: "churn" }),
    "design.setReviewPeriod": (as) => as.design.setReviewPeriod({ projectId: pB, days: 7 }),
    "design.trackMetric": (as) => as.design.trackMetric({ projectId: pB, kind: "ml", name: "AUC", values: { baseline: 0, target: 1, direction: "INCREASE", unit: "" } }),
    // ---- steer ----
    "steer.dashboard": (as) => as.steer.dashboard({ projectId: pB }),
    "steer.portfolio": (as) => as.steer.portfolio({ workspaceId: B }),
    "steer.compareRounds": (as) => as.steer.compareRounds({ projectId: pB, fromRoundId: bRound.id, toRoundId: `${bRound.id}x` }),
    "steer.workspaceTrend": (as) => as.steer.workspaceTrend({ workspaceId: B }),
    // ---- meetings ----
    "meeting.start": (as) => as.meeting.start({ projectId: pB, roundId: bRound.id }),
    "meeting.get": (as) => as.meeting.get({ meetingId: bMeeting.id }),
    "meeting.list": (as) => as.meeting.list({ projectId: pB }),
    "meeting.setSlide": (as) => as.meeting.setSlide({ meetingId: bMeeting.id, slideIndex: 2 }),
    "meeting.end": (as) => as.meeting.end({ meetingId: bMeeting.id }),
    "meeting.createAction": (as) =>
      as.meeting.createAction({ meetingId: bMeeting.id, title: "Planted", leverId: "training_data_quality", ownerId: carol, dueDate: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10), lessonSlug: null }),
    "meeting.updateAction": (as) => as.meeting.updateAction({ actionId: bAction.id, version: 1, status: "DROPPED" }),
    "meeting.listActions": (as) => as.meeting.listActions({ projectId: pB }),
    "meeting.live": (as) => as.meeting.live({ meetingId: bMeeting.id }),
    "meeting.myOpenActions": (as) => as.meeting.myOpenActions({ workspaceId: world.b.id }),
  };
};

// ---- alignment ----
function alignmentAttacks(pB: string, B: string): Record<string, Attack> {
  const { objectiveId: o, mlMetricId: m, checkInId: c } = bAlign;
  const objective = { statement: "Hijack", metricName: "X", baseline: 1, target: 2, direction: "INCREASE" as const };
  const metric = { name: "Planted", baseline: 0, target: 1, direction: "INCREASE" as const };
  const csv = "date,business_value\n2026-02-02,1\n";
  return {
    "alignment.view": (as) => as.alignment.view({ projectId: pB }),
    "alignment.workspaceOverview": (as) => as.alignment.workspaceOverview({ workspaceId: B }),
    "alignment.createObjective": (as) => as.alignment.createObjective({ projectId: pB, ...objective }),
    "alignment.updateObjective": (as) => as.alignment.updateObjective({ objectiveId: o, version: 1, ...objective }),
    "alignment.deleteObjective": (as) => as.alignment.deleteObjective({ objectiveId: o }),
    "alignment.createMlMetric": (as) => as.alignment.createMlMetric({ projectId: pB, ...metric }),
    "alignment.updateMlMetric": (as) => as.alignment.updateMlMetric({ projectId: pB, mlMetricId: m, version: 1, ...metric }),
    "alignment.deleteMlMetric": (as) => as.alignment.deleteMlMetric({ projectId: pB, mlMetricId: m }),
    "alignment.setMapping": (as) => as.alignment.setMapping({ objectiveId: o, mlMetricId: m, hypothesis: "A planted hypothesis." }),
    "alignment.removeMapping": (as) => as.alignment.removeMapping({ objectiveId: o, mlMetricId: m }),
    "alignment.createCheckIn": (as) => as.alignment.createCheckIn({ objectiveId: o, date: "2026-02-02", businessValue: 9 }),
    "alignment.updateCheckIn": (as) => as.alignment.updateCheckIn({ objectiveId: o, checkInId: c, version: 1, date: "2026-01-05", businessValue: 9 }),
    "alignment.deleteCheckIn": (as) => as.alignment.deleteCheckIn({ objectiveId: o, checkInId: c, version: 1 }),
    "alignment.checkInHistory": (as) => as.alignment.checkInHistory({ objectiveId: o }),
    "alignment.updateSettings": (as) => as.alignment.updateSettings({ projectId: pB, window: 4, tolerance: 0.1, staleDays: 7, version: 0 }),
    "alignment.previewImport": (as) => as.alignment.previewImport({ objectiveId: o, csv }),
    "alignment.importCheckIns": (as) => as.alignment.importCheckIns({ objectiveId: o, csv }),
    "alignment.exportCheckIns": (as) => as.alignment.exportCheckIns({ objectiveId: o }),
    "alignment.checkInTemplate": (as) => as.alignment.checkInTemplate({ objectiveId: o }),
  };
}

describe("tenant isolation", () => {
  it("refuses every workspace-scoped procedure called with another workspace's ids, as NOT_FOUND", async () => {
    const before = await snapshotWorkspace(t.db, world.b.id);
    for (const [path, attack] of Object.entries(attacks())) {
      for (const as of [world.as.alice, world.as.bob]) {
        await expectTRPCError(attack(as), "NOT_FOUND").catch((e: Error) => {
          throw new Error(`${path}: ${e.message}`);
        });
      }
    }
    expect(await snapshotWorkspace(t.db, world.b.id)).toEqual(before);
    // ---- assess ----
    expect(await t.db.assessmentRound.findUniqueOrThrow({ where: { id: bRound.id }, select: { status: true } })).toEqual({ status: "OPEN" });
    expect(await t.db.roundAnswer.count({ where: { roundId: bRound.id } })).toBe(0);
    expect(await t.db.itemExemption.count({ where: { projectId: world.projectB.id } })).toBe(0);
    expect(await t.db.workspaceRubric.findMany({ where: { workspaceId: world.b.id }, select: { id: true, latestVersion: true } })).toEqual([{ id: bRubric.id, latestVersion: 1 }]);
    // ---- meetings ----
    expect(await t.db.meeting.findMany({ where: { projectId: world.projectB.id }, select: { id: true, slideIndex: true, version: true, endedAt: true } })).toEqual([{ id: bMeeting.id, slideIndex: 0, version: 1, endedAt: null }]);
    expect(await t.db.meetingAction.findMany({ where: { projectId: world.projectB.id }, select: { id: true, status: true, version: true } })).toEqual([{ id: bAction.id, status: "OPEN", version: 1 }]);
  });

  it("does not leak another workspace's project name in the error", async () => {
    const error = await world.as.alice.project.get({ projectId: world.projectB.id }).catch((e: Error) => e);
    expect(String((error as Error).message)).not.toContain("Secret churn model");
  });

  it("refuses cross-workspace references smuggled into A's own calls", async () => {
    const before = await snapshotWorkspace(t.db, world.b.id);
    const A = world.a.id;
    await expectTRPCError(world.as.alice.invite.revoke({ workspaceId: A, inviteId: bInvite.id }), "NOT_FOUND");
    await expectTRPCError(world.as.alice.member.updateRole({ workspaceId: A, userId: world.users.carol.id, role: "ADMIN" }), "NOT_FOUND");
    await expectTRPCError(world.as.alice.member.remove({ workspaceId: A, userId: world.users.carol.id }), "NOT_FOUND");
    await expectTRPCError(world.as.alice.project.create({ workspaceId: A, name: "Gift", ownerId: world.users.carol.id }), "BAD_REQUEST");
    expect(await snapshotWorkspace(t.db, world.b.id)).toEqual(before);
  });

  // ---- design ----
  it("leaves B's design document untouched and refuses B's comment id used through A's project", async () => {
    const before = await snapshotDesign(world.projectB.id);
    for (const [path, attack] of Object.entries(attacks()).filter(([p]) => p.startsWith("design."))) {
      await expectTRPCError(attack(world.as.bob), "NOT_FOUND").catch((e: Error) => {
        throw new Error(`${path}: ${e.message}`);
      });
    }
    const pA = world.projectA.id;
    await expectTRPCError(world.as.alice.design.resolveComment({ projectId: pA, commentId: bComment.id, resolved: true }), "NOT_FOUND");
    await expectTRPCError(world.as.alice.design.addComment({ projectId: pA, step: 1, body: "Reply", parentId: bComment.id }), "NOT_FOUND");
    const { markdown } = await world.as.alice.design.exportMarkdown({ projectId: pA });
    expect(markdown).not.toContain("B's private");
    expect(await snapshotDesign(world.projectB.id)).toEqual(before);
  });

  it("covers every procedure of the API", () => {
    const all = Object.keys(appRouter._def.procedures).sort();
    const covered = [...Object.keys(attacks()), ...NOT_TENANT_SCOPED_PROCEDURES].sort();
    expect(covered).toEqual(all);
  });
});
