// A member of workspace A calls every procedure with workspace B's ids: each call is refused and
// B's data is byte-for-byte unchanged afterwards. A new procedure must be added here (see last test).
import { describe, expect, it } from "vitest";
import { appRouter } from "../../server/api/root";
import type { TestDb } from "./support/test-db";
import { snapshotWorkspace } from "./support/snapshot";
import { expectTRPCError, useTestWorld, type Caller, type World } from "./support/world";

let t: TestDb;
let world: World;
let bInvite: { id: string; token: string };
let bRound: { id: string }; // assess
let bRubric: { id: string }; // assess
useTestWorld(async (db, w) => {
  t = db;
  world = w;
  bInvite = await world.as.carol.invite.create({ workspaceId: world.b.id });
  bRound = await world.as.carol.assess.openRound({ projectId: world.projectB.id, title: "B round", closesAt: new Date(Date.now() + 86_400_000 * 7), rubric: { templateId: "causeway-maturity" }, inviteeIds: [world.users.carol.id] }); // assess
  bRubric = await world.as.carol.assess.copyRubric({ workspaceId: world.b.id, templateId: "causeway-maturity", name: "B rubric" }); // assess
});

// Procedures that take no workspace or project id: they act only on the caller's own data.
const NOT_TENANT_SCOPED = [
  "auth.signUp",
  "auth.me",
  "auth.updateName", // acts on the caller's own account only
  "auth.changePassword",
  "auth.signOutEverywhere",
  "workspace.list",
  "workspace.create",
  "invite.preview",
  "invite.accept",
  // a learner's own progress, path and quiz answers
  "learn.myProgress",
  "learn.setPath",
  "learn.startChapter",
  "learn.setComplete",
  "learn.submitQuiz",
  // ---- learn (quiz order, checklist ticks: the caller's own) ----
  "learn.getQuiz",
  "learn.myChecklist",
  "learn.setChecklistItem",
];

type Attack = (as: Caller) => Promise<unknown>;
const attacks = (): Record<string, Attack> => {
  const B = world.b.id;
  const pB = world.projectB.id;
  const carol = world.users.carol.id;
  return {
    "workspace.bySlug": (as) => as.workspace.bySlug({ slug: world.b.slug }),
    "workspace.rename": (as) => as.workspace.rename({ workspaceId: B, name: "Owned" }),
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
    // ---- steer ----
    "steer.dashboard": (as) => as.steer.dashboard({ projectId: pB }),
    "steer.portfolio": (as) => as.steer.portfolio({ workspaceId: B }),
  };
};

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

  it("covers every procedure of the API", () => {
    const all = Object.keys(appRouter._def.procedures).sort();
    const covered = [...Object.keys(attacks()), ...NOT_TENANT_SCOPED].sort();
    expect(covered).toEqual(all);
  });
});
