// Hidden answers. While a round is open, nobody receives anyone else's answers; in an anonymous
// round nobody ever does, owners included. EVERY procedure of the API that takes a workspace,
// project, round or meeting id (assess, steer, meeting and all the rest) is called by every member
// on every round, and each response is searched for answers that are not the caller's and, for
// anonymous rounds, for figures that describe fewer than three people. The last test fails when a
// procedure is added to the router without being called here.
import { describe, expect, it } from "vitest";
import { appRouter, createCaller } from "../../server/api/root";
import { createContextInner } from "../../server/api/trpc";
import { MIN_ANONYMOUS_GROUP } from "../../server/domain/assess";
import type { TestDb } from "./support/test-db";
import { answerAll, inAWeek, openRound } from "./support/assess";
import { NOT_TENANT_SCOPED_PROCEDURES } from "./support/procedures";
import { createUser, useTestWorld, type Caller, type World } from "./support/world";

let t: TestDb;
let world: World;
type RoundKey = "openNamed" | "openAnonymous" | "closedAnonymous" | "closedAnonymousPair" | "closedNamed";
const rounds: Record<RoundKey, string> = { openNamed: "", openAnonymous: "", closedAnonymous: "", closedAnonymousPair: "", closedNamed: "" };
const projectOf: Record<string, string> = {};
const meetingOf: Record<string, string> = {};
let spareProjectId = "";
const names = ["alice", "adam", "bob"] as const;
const marker = (name: string) => `SECRET-NOTE-OF-${name.toUpperCase()}`;

useTestWorld(async (db, w) => {
  t = db;
  world = w;
  // Dana, a manager, answers too: with three ML engineers and one manager, the manager would be the
  // difference between the whole round and the ML engineers' breakdown.
  const dana = await createUser(db.db, "Dana");
  await db.db.membership.create({ data: { workspaceId: world.a.id, userId: dana.id, role: "MEMBER", discipline: "MANAGER" } });
  await db.db.membership.updateMany({ where: { workspaceId: world.a.id, userId: { in: names.map((n) => world.users[n].id) } }, data: { discipline: "ML_ENGINEER" } });
  const asDana = createCaller(() => createContextInner({ db: db.db, user: dana }));
  // Named rounds live in their own project, so project-wide views of the anonymous project show
  // only anonymous figures (a named round may show a group of one: everyone's answers are named there).
  const named = await world.as.alice.project.create({ workspaceId: world.a.id, name: "Named rounds" });
  spareProjectId = (await world.as.alice.project.create({ workspaceId: world.a.id, name: "Spare" })).id;
  const everyone = [...names.map((n) => world.users[n].id), dana.id];
  for (const key of Object.keys(rounds) as RoundKey[]) {
    const anonymous = key.includes("Anonymous");
    const projectId = anonymous ? world.projectA.id : named.id;
    const round = await openRound(world.as.alice, projectId, everyone, { anonymous, title: key });
    rounds[key] = round.id;
    projectOf[round.id] = projectId;
    // The pair round: only two people answer, so its item figures describe two people.
    const answering = key === "closedAnonymousPair" ? names.slice(0, 2) : names;
    for (const [i, n] of answering.entries()) await answerAll(world.as[n], round.id, { note: marker(n), levelFor: () => i + 1 });
    if (key !== "closedAnonymousPair") await answerAll(asDana, round.id, { note: marker("dana"), levelFor: () => 0 });
    if (key.startsWith("closed")) {
      await world.as.alice.assess.closeRound({ roundId: round.id });
      meetingOf[round.id] = (await world.as.alice.meeting.start({ projectId, roundId: round.id })).id;
    }
  }
  await world.as.alice.assess.setExemption({ projectId: world.projectA.id, itemId: "boa_business_metric_named", reason: "Not in scope", expiresAt: inAWeek() });
});

const isClosed = (roundId: string) => [rounds.closedAnonymous, rounds.closedAnonymousPair, rounds.closedNamed].includes(roundId);
const otherClosed = (roundId: string) => (roundId === rounds.closedAnonymous ? rounds.closedAnonymousPair : rounds.closedAnonymous);


/** The first event of a live meeting feed (its state), then the feed is closed. */
async function firstLiveEvent(as: { id: string; email: string; name: string }, meetingId: string) {
  const stop = new AbortController();
  const caller = createCaller(createContextInner({ db: t.db, user: as }), { signal: stop.signal });
  try {
    const feed = ((await caller.meeting.live({ meetingId })) as AsyncIterable<unknown>)[Symbol.asyncIterator]();
    return (await feed.next()).value;
  } finally {
    stop.abort();
  }
}

type Call = (as: Caller, roundId: string, user: { id: string; email: string; name: string }) => Promise<unknown>;
// Every procedure that takes a workspace, project, round or meeting id, called against a given round
// (the project and meeting are the round's; workspace-wide ones ignore it). Calls that would change
// the world under test (leaving, archiving, removing) are given ids that make them harmless.
const calls = (): Record<string, Call> => {
  const workspaceId = world.a.id;
  const projectId = (roundId: string) => projectOf[roundId] ?? world.projectA.id;
  const meetingId = (roundId: string) => meetingOf[roundId] ?? "missing-meeting";
  const later = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  return {
    "workspace.bySlug": (as) => as.workspace.bySlug({ slug: world.a.slug }),
    "workspace.rename": (as) => as.workspace.rename({ workspaceId, name: world.a.name }),
    "workspace.settings": (as) => as.workspace.settings({ workspaceId }),
    "workspace.setDesignReviewPeriod": (as) => as.workspace.setDesignReviewPeriod({ workspaceId, days: 90 }),
    "member.list": (as) => as.member.list({ workspaceId }),
    "member.updateRole": (as) => as.member.updateRole({ workspaceId, userId: "missing-user", role: "MEMBER" }),
    "member.updateDiscipline": (as) => as.member.updateDiscipline({ workspaceId, userId: "missing-user", discipline: "OTHER" }),
    "member.remove": (as) => as.member.remove({ workspaceId, userId: "missing-user" }),
    "member.leave": (as) => as.member.leave({ workspaceId: world.b.id }),
    "invite.list": (as) => as.invite.list({ workspaceId }),
    "invite.create": (as) => as.invite.create({ workspaceId }),
    "invite.revoke": (as) => as.invite.revoke({ workspaceId, inviteId: "missing-invite" }),
    "project.list": (as) => as.project.list({ workspaceId }),
    "project.get": (as, r) => as.project.get({ projectId: projectId(r) }),
    "project.create": (as) => as.project.create({ workspaceId, name: "Another" }),
    "project.update": (as) => as.project.update({ projectId: spareProjectId, version: 0, name: "Stale" }),
    "project.archive": (as) => as.project.archive({ projectId: spareProjectId }),
    "project.restore": (as) => as.project.restore({ projectId: spareProjectId }),
    "learn.myPath": (as) => as.learn.myPath({ workspaceId }),
    "learn.teamProgress": (as) => as.learn.teamProgress({ workspaceId }),
    // ---- assess ----
    "assess.listTemplates": (as) => as.assess.listTemplates({ workspaceId }),
    "assess.openRound": (as) => as.assess.openRound({ projectId: spareProjectId, title: "Another", closesAt: inAWeek(), rubric: { templateId: "causeway-maturity" }, inviteeIds: [world.users.bob.id] }),
    "assess.listRounds": (as, r) => as.assess.listRounds({ projectId: projectId(r) }),
    "assess.roundHistory": (as, r) => as.assess.roundHistory({ projectId: projectId(r) }),
    "assess.waitingRounds": (as) => as.assess.waitingRounds({ workspaceId }),
    "assess.getRound": (as, roundId) => as.assess.getRound({ roundId }),
    "assess.saveAnswers": (as, roundId) => as.assess.saveAnswers({ roundId, answers: [] }),
    // closing an open round here would change the case under test; on a closed round it is a no-op
    "assess.closeRound": (as, roundId) => (isClosed(roundId) ? as.assess.closeRound({ roundId }) : Promise.resolve(null)),
    "assess.participation": (as, roundId) => as.assess.participation({ roundId }),
    "assess.sendReminders": (as, roundId) => as.assess.sendReminders({ roundId }),
    "assess.getResults": (as, roundId) => as.assess.getResults({ roundId }),
    "assess.exportCsv": (as, roundId) => as.assess.exportCsv({ roundId }),
    "assess.listExemptions": (as, r) => as.assess.listExemptions({ projectId: projectId(r) }),
    "assess.setExemption": (as) => as.assess.setExemption({ projectId: spareProjectId, itemId: "another_item", reason: "Not in scope", expiresAt: inAWeek() }),
    "assess.revokeExemption": (as, r) => as.assess.revokeExemption({ projectId: projectId(r), exemptionId: "missing" }),
    "assess.copyRubric": (as) => as.assess.copyRubric({ workspaceId, templateId: "causeway-maturity", name: "Copy" }),
    "assess.getRubric": (as) => as.assess.getRubric({ workspaceId, rubricId: "missing" }),
    "assess.editRubric": (as) => as.assess.editRubric({ workspaceId, rubricId: "missing", baseVersion: 1, edits: [{ op: "retire", itemId: "x" }] }),
    // ---- alignment (objectives and metrics of the round's project) ----
    "alignment.view": (as, r) => as.alignment.view({ projectId: projectId(r) }),
    "alignment.workspaceOverview": (as) => as.alignment.workspaceOverview({ workspaceId }),
    "alignment.createObjective": (as) => as.alignment.createObjective({ projectId: spareProjectId, statement: "Fewer losses", metricName: "Losses", baseline: 2, target: 1, direction: "DECREASE" }),
    "alignment.updateObjective": (as) => as.alignment.updateObjective({ objectiveId: "missing", version: 1, statement: "X", metricName: "X", baseline: 1, target: 2, direction: "INCREASE" }),
    "alignment.deleteObjective": (as) => as.alignment.deleteObjective({ objectiveId: "missing" }),
    "alignment.createMlMetric": (as) => as.alignment.createMlMetric({ projectId: spareProjectId, name: `AUC ${Math.random()}`, baseline: 0.7, target: 0.8, direction: "INCREASE" }),
    "alignment.updateMlMetric": (as, r) => as.alignment.updateMlMetric({ projectId: projectId(r), mlMetricId: "missing", version: 1, name: "X", baseline: 0, target: 1, direction: "INCREASE" }),
    "alignment.deleteMlMetric": (as, r) => as.alignment.deleteMlMetric({ projectId: projectId(r), mlMetricId: "missing" }),
    "alignment.setMapping": (as) => as.alignment.setMapping({ objectiveId: "missing", mlMetricId: "missing", hypothesis: "A hypothesis that will not be stored." }),
    "alignment.removeMapping": (as) => as.alignment.removeMapping({ objectiveId: "missing", mlMetricId: "missing" }),
    "alignment.createCheckIn": (as) => as.alignment.createCheckIn({ objectiveId: "missing", date: "2026-02-02", businessValue: 1 }),
    "alignment.updateCheckIn": (as) => as.alignment.updateCheckIn({ objectiveId: "missing", checkInId: "missing", version: 1, date: "2026-02-02", businessValue: 1 }),
    "alignment.deleteCheckIn": (as) => as.alignment.deleteCheckIn({ objectiveId: "missing", checkInId: "missing", version: 1 }),
    "alignment.checkInHistory": (as) => as.alignment.checkInHistory({ objectiveId: "missing" }),
    "alignment.updateSettings": (as) => as.alignment.updateSettings({ projectId: spareProjectId, window: 4, tolerance: 0.1, staleDays: 7, version: 0 }),
    "alignment.previewImport": (as) => as.alignment.previewImport({ objectiveId: "missing", csv: "date,business_value\n2026-02-02,1\n" }),
    "alignment.importCheckIns": (as) => as.alignment.importCheckIns({ objectiveId: "missing", csv: "date,business_value\n2026-02-02,1\n" }),
    "alignment.exportCheckIns": (as) => as.alignment.exportCheckIns({ objectiveId: "missing" }),
    "alignment.checkInTemplate": (as) => as.alignment.checkInTemplate({ objectiveId: "missing" }),
    // ---- design (the round's project's document) ----
    "design.getDocument": (as, r) => as.design.getDocument({ projectId: projectId(r) }),
    "design.getSection": (as, r) => as.design.getSection({ projectId: projectId(r), step: 8 }),
    "design.saveSection": (as) =>
      as.design.saveSection({ projectId: spareProjectId, step: 1, baseRevision: 99, content: { fields: {}, notes: "", status: "DRAFT", ownerId: null, reviewerId: null } }),
    "design.listHistory": (as, r) => as.design.listHistory({ projectId: projectId(r), step: 8 }),
    "design.diffRevisions": (as, r) => as.design.diffRevisions({ projectId: projectId(r), step: 8, from: 0, to: 0 }),
    "design.restoreRevision": (as) => as.design.restoreRevision({ projectId: spareProjectId, step: 1, revision: 1, baseRevision: 99 }),
    "design.addComment": (as) => as.design.addComment({ projectId: spareProjectId, step: 1, body: "A comment" }),
    "design.resolveComment": (as, r) => as.design.resolveComment({ projectId: projectId(r), commentId: "missing", resolved: true }),
    "design.exportMarkdown": (as, r) => as.design.exportMarkdown({ projectId: projectId(r) }),
    "design.applyExample": (as) => as.design.applyExample({ projectId: spareProjectId, example: "churn" }),
    "design.setReviewPeriod": (as) => as.design.setReviewPeriod({ projectId: spareProjectId, days: 90 }),
    "design.trackMetric": (as) => as.design.trackMetric({ projectId: spareProjectId, kind: "ml", name: `Recall ${Math.random()}`, values: { baseline: 0, target: 1, direction: "INCREASE", unit: "" } }),
    // ---- steer ----
    "steer.dashboard": (as, roundId) => as.steer.dashboard({ projectId: projectId(roundId), roundId }),
    "steer.portfolio": (as) => as.steer.portfolio({ workspaceId }),
    "steer.compareRounds": (as, roundId) => as.steer.compareRounds({ projectId: projectId(roundId), fromRoundId: otherClosed(roundId), toRoundId: roundId }),
    "steer.workspaceTrend": (as) => as.steer.workspaceTrend({ workspaceId }),
    // ---- meetings (a meeting presents the round) ----
    "meeting.start": (as, roundId) => as.meeting.start({ projectId: projectId(roundId), roundId }),
    "meeting.get": (as, roundId) => as.meeting.get({ meetingId: meetingId(roundId) }),
    "meeting.list": (as, r) => as.meeting.list({ projectId: projectId(r) }),
    "meeting.setSlide": (as, roundId) => as.meeting.setSlide({ meetingId: meetingId(roundId), slideIndex: 1 }),
    // ending the round's meeting would stop the live calls below; a missing meeting still answers
    "meeting.end": (as) => as.meeting.end({ meetingId: "missing-meeting" }),
    "meeting.createAction": (as, roundId) =>
      as.meeting.createAction({ meetingId: meetingId(roundId), title: "Automate the retrain", leverId: "training_data_quality", ownerId: world.users.bob.id, dueDate: later, lessonSlug: null }),
    "meeting.updateAction": (as) => as.meeting.updateAction({ actionId: "missing", version: 1, status: "DROPPED" }),
    "meeting.listActions": (as, r) => as.meeting.listActions({ projectId: projectId(r) }),
    "meeting.live": (_as, roundId, user) => firstLiveEvent(user, meetingId(roundId)),
    "meeting.myOpenActions": (as) => as.meeting.myOpenActions({ workspaceId }),
  };
};

/** Answers found in a response that belong to someone other than the caller. */
function foreignAnswers(response: unknown, callerName: string, callerId: string): string[] {
  const found: string[] = [];
  const text = JSON.stringify(response) ?? "";
  for (const n of [...names, "dana"]) if (n !== callerName && text.includes(marker(n))) found.push(`note of ${n}`);
  const walk = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== "object") return;
    const obj = value as Record<string, unknown>;
    const owner = (obj.user as { id?: string } | undefined)?.id ?? (obj.userId as string | undefined);
    if (owner && owner !== callerId && ("answers" in obj || "level" in obj)) found.push(`answers of user ${owner}`);
    if (Array.isArray(obj.respondents) && obj.respondents.length > 0) found.push("a per-respondent list");
    Object.values(obj).forEach(walk);
  };
  walk(response);
  return found;
}

/**
 * Figures of an anonymous round that describe fewer than three people: an item's lowest, highest or
 * count per level when under three gave a level, a discipline group under three, or a breakdown
 * whose groups leave one or two people over when subtracted from the whole round.
 */
function smallGroupFigures(response: unknown): string[] {
  const found: string[] = [];
  const few = (n: number) => n > 0 && n < MIN_ANONYMOUS_GROUP;
  const walk = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== "object") return;
    const obj = value as Record<string, unknown>;
    if (typeof obj.answerCount === "number" && obj.answerCount < MIN_ANONYMOUS_GROUP) {
      const distribution = ["median", "mean", "spread", "min", "max"].some((k) => obj[k] != null) || (Array.isArray(obj.counts) && obj.counts.some((c) => c !== 0));
      if (distribution) found.push(`distribution of ${String(obj.itemId ?? obj.groupId)} from ${obj.answerCount} answers`);
    }
    if (typeof obj.discipline === "string" && typeof obj.respondentCount === "number" && few(obj.respondentCount)) found.push(`${obj.discipline} group of ${obj.respondentCount}`);
    if (typeof obj.respondentCount === "number" && Array.isArray(obj.disciplines) && obj.disciplines.length > 0) {
      const rest = obj.respondentCount - (obj.disciplines as { respondentCount?: number }[]).reduce((s, d) => s + (d.respondentCount ?? 0), 0);
      if (few(rest)) found.push(`a discipline breakdown leaving ${rest} over`);
    }
    Object.values(obj).forEach(walk);
  };
  walk(response);
  return found;
}

async function responseOf(call: Call, as: Caller, roundId: string, user: { id: string; email: string; name: string }) {
  return call(as, roundId, user).catch((e: Error) => ({ refused: e.message }));
}

describe("assess: hidden answers", () => {
  it("gives nobody anyone else's answers while a round is open, owners included", async () => {
    for (const roundId of [rounds.openNamed, rounds.openAnonymous]) {
      for (const [path, call] of Object.entries(calls())) {
        for (const n of names) {
          const leaks = foreignAnswers(await responseOf(call, world.as[n], roundId, world.users[n]), n, world.users[n].id);
          expect(leaks, `${path} as ${n}`).toEqual([]);
        }
      }
    }
  });

  it("never gives anyone an individual answer of an anonymous round, or a figure of fewer than three people, even after close", async () => {
    for (const roundId of [rounds.closedAnonymous, rounds.closedAnonymousPair]) {
      for (const [path, call] of Object.entries(calls())) {
        for (const n of names) {
          const response = await responseOf(call, world.as[n], roundId, world.users[n]);
          const leaks = [...foreignAnswers(response, n, world.users[n].id), ...smallGroupFigures(response)];
          expect(leaks, `${path} as ${n}`).toEqual([]);
        }
      }
    }
  });

  it("shows a named round's answers to members once it is closed (the check above can see a leak)", async () => {
    const results = await world.as.bob.assess.getResults({ roundId: rounds.closedNamed });
    expect(foreignAnswers(results, "bob", world.users.bob.id).length).toBeGreaterThan(0);
  });

  it("shows an anonymous round's item distributions from three answers up, and says what it withheld", async () => {
    const four = await world.as.alice.assess.getResults({ roundId: rounds.closedAnonymous });
    // alice 1, adam 2, bob 3, dana 0 on every item
    expect(four.items[0]).toMatchObject({ answerCount: 4, min: 0, max: 3, counts: [1, 1, 1, 1, 0] });
    // three ML engineers and one manager: the breakdown would give the manager away
    expect(four.disciplines).toEqual([]);
    expect(four.withheld).toEqual({ itemIds: [], disciplines: true });
    const pair = await world.as.alice.assess.getResults({ roundId: rounds.closedAnonymousPair });
    // with two answers the mean and spread alone give both levels away
    expect(pair.items[0]).toMatchObject({ answerCount: 2, median: null, mean: null, spread: null, min: null, max: null, counts: null });
    expect(pair.withheld.itemIds).toHaveLength(pair.items.length);
  });

  it("would catch the small-group figures the store holds (the check above can see them)", async () => {
    const stored = await t.db.roundAggregate.findUniqueOrThrow({ where: { roundId: rounds.closedAnonymousPair } });
    const firstItem = (stored.items as { itemId: string }[])[0]!.itemId;
    expect(smallGroupFigures(stored)).toContain(`distribution of ${firstItem} from 2 answers`);
    const breakdown = { respondentCount: 4, disciplines: [{ discipline: "ML_ENGINEER", respondentCount: 3 }] };
    expect(smallGroupFigures(breakdown)).toEqual(["a discipline breakdown leaving 1 over"]);
  });

  it("calls every procedure that takes a workspace, project, round or meeting id", () => {
    const all = Object.keys(appRouter._def.procedures).sort();
    expect([...Object.keys(calls()), ...NOT_TENANT_SCOPED_PROCEDURES].sort()).toEqual(all);
  });
});
