// Meeting mode: starting a meeting on a closed round, moving slides (facilitator only), recording
// and editing actions (validated, stale edits refused), and the live channel: a second member's
// subscription receives a new action and the facilitator's slide, another workspace's member gets
// nothing. Runs on PGlite by default and on PostgreSQL with TEST_DATABASE_URL.
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { handleTrpcRequest } from "../../server/api/http-handler";
import { createCaller } from "../../server/api/root";
import { createContextInner } from "../../server/api/trpc";
import { openConnection } from "../../server/db/connection";
import { isoDate } from "../../server/domain/alignment/dates";
import { answerAll, ML_TEST_SCORE, openRound } from "./support/assess";
import type { TestDb } from "./support/test-db";
import { expectInputError } from "./support/input-error";
import { expectTRPCError, useTestWorld, type World } from "./support/world";

let t: TestDb;
let world: World;
const rounds = { first: "", second: "", mlTest: "", open: "" };
const DAY = 86_400_000;
const inDays = (n: number) => isoDate(new Date(Date.now() + n * DAY));

useTestWorld(async (db, w) => {
  t = db;
  world = w;
  const everyone = [w.users.alice.id, w.users.adam.id, w.users.bob.id];
  for (const key of ["first", "second"] as const) {
    const round = await openRound(w.as.alice, w.projectA.id, everyone, { anonymous: true, title: `${key} review` });
    rounds[key] = round.id;
    for (const n of ["alice", "adam", "bob"] as const) await answerAll(w.as[n], round.id, { levelFor: (_id, i) => (key === "first" ? i % 3 : (i % 3) + 1), note: `SECRET-${n}` });
    await w.as.alice.assess.closeRound({ roundId: round.id });
  }
  const ml = await openRound(w.as.alice, w.projectA.id, everyone, { templateId: ML_TEST_SCORE, title: "ML tests" });
  await answerAll(w.as.alice, ml.id);
  await w.as.alice.assess.closeRound({ roundId: ml.id });
  rounds.mlTest = ml.id;
  rounds.open = (await openRound(w.as.alice, w.projectA.id, everyone, { title: "Still open" })).id;
});

/** A caller whose subscriptions end when `signal` aborts (as a closed browser tab would). */
function subscriberFor(user: { id: string; email: string; name: string }, signal: AbortSignal) {
  return createCaller(createContextInner({ db: t.db, user }), { signal });
}

type Feed = AsyncIterator<unknown>;
/** The next event of a feed as [id, data]: the server caller hands out tRPC's tracked envelopes as they are. */
async function nextEvent(feed: Feed): Promise<[string, Record<string, unknown> & { type: string }]> {
  const { value, done } = await feed.next();
  if (done) throw new Error("the feed ended");
  const [id, data] = value as [string, Record<string, unknown> & { type: string }];
  return [id, data];
}
const openFeed = async (user: { id: string; email: string; name: string }, signal: AbortSignal, input: { meetingId: string; lastEventId?: string }): Promise<Feed> =>
  ((await subscriberFor(user, signal).meeting.live(input)) as AsyncIterable<unknown>)[Symbol.asyncIterator]();

const action = (meetingId: string, over: Partial<{ title: string; leverId: string; ownerId: string; dueDate: string; lessonSlug: string | null }> = {}) => ({
  meetingId,
  title: "Automate the weekly retrain",
  leverId: "continual_learning_infrastructure" as const,
  ownerId: world.users.bob.id,
  dueDate: inDays(14),
  lessonSlug: null,
  ...over,
}) as { meetingId: string; title: string; leverId: "continual_learning_infrastructure"; ownerId: string; dueDate: string; lessonSlug: string | null };

async function countMeetingRows() {
  return [await t.db.meeting.count(), await t.db.meetingAction.count(), await t.db.meetingAction.findMany({ orderBy: { id: "asc" } })];
}

describe("meeting.start and meeting.get", () => {
  it("starts a meeting on a closed round with the caller as facilitator, visible to every member", async () => {
    const m = await world.as.adam.meeting.start({ projectId: world.projectA.id, roundId: rounds.second });
    expect(m.slideIndex).toBe(0);
    const seen = await world.as.bob.meeting.get({ meetingId: m.id });
    expect(seen.facilitator.id).toBe(world.users.adam.id);
    expect(seen.isFacilitator).toBe(false);
    expect((await world.as.adam.meeting.get({ meetingId: m.id })).isFacilitator).toBe(true);
    expect(seen.round.id).toBe(rounds.second);
    expect(seen.members.map((u) => u.id).sort()).toEqual([world.users.alice.id, world.users.adam.id, world.users.bob.id].sort());
    expect(seen.levers.length).toBe(9);
    const listed = await world.as.bob.meeting.list({ projectId: world.projectA.id });
    expect(listed[0]).toMatchObject({ id: m.id, endedAt: null, facilitator: { id: world.users.adam.id }, round: { id: rounds.second } });
  });

  it("refuses an open round, an ML Test Score round and another project's round, writing nothing", async () => {
    const before = await countMeetingRows();
    for (const roundId of [rounds.open, rounds.mlTest, "no-such-round"]) {
      await expectTRPCError(world.as.alice.meeting.start({ projectId: world.projectA.id, roundId }), "BAD_REQUEST", /roundId/);
    }
    const other = await world.as.alice.project.create({ workspaceId: world.a.id, name: "Other project" });
    await expectTRPCError(world.as.alice.meeting.start({ projectId: other.id, roundId: rounds.first }), "BAD_REQUEST", /roundId/);
    expect(await countMeetingRows()).toEqual(before);
  });

  it("never carries an individual answer of the anonymous round", async () => {
    const m = await world.as.alice.meeting.start({ projectId: world.projectA.id, roundId: rounds.second });
    const text = JSON.stringify(await world.as.bob.meeting.get({ meetingId: m.id }));
    for (const n of ["alice", "adam", "bob"]) expect(text).not.toContain(`SECRET-${n}`);
    expect(text).not.toMatch(/"(note|answers|level)"/);
  });

  it("reports how each lever moved since the previous meeting's round", async () => {
    const earlier = await world.as.alice.meeting.start({ projectId: world.projectA.id, roundId: rounds.first });
    await world.as.alice.meeting.createAction(action(earlier.id));
    const later = await world.as.alice.meeting.start({ projectId: world.projectA.id, roundId: rounds.second });
    const view = await world.as.alice.meeting.get({ meetingId: later.id });
    expect(view.previousMeeting?.id).toBe(earlier.id);
    expect(view.state.actions.some((a) => a.meetingId === earlier.id)).toBe(true);
    const stored = await t.db.roundGroupScore.findMany({ where: { groupId: "continual_learning_infrastructure", roundId: { in: [rounds.first, rounds.second] } } });
    const score = (id: string) => stored.find((s) => s.roundId === id)!.score!;
    const m = view.movement.continual_learning_infrastructure!;
    expect(m.before).toBe(score(rounds.first));
    expect(m.after).toBe(score(rounds.second));
    expect(m.movement).toBe("improved");
  });
});

describe("meeting.setSlide and meeting.end", () => {
  it("lets only the facilitator move the slides, and refuses a slide out of range", async () => {
    const m = await world.as.alice.meeting.start({ projectId: world.projectA.id, roundId: rounds.second });
    await expectTRPCError(world.as.bob.meeting.setSlide({ meetingId: m.id, slideIndex: 2 }), "FORBIDDEN");
    expect((await t.db.meeting.findUniqueOrThrow({ where: { id: m.id } })).slideIndex).toBe(0);
    await expectInputError(world.as.alice.meeting.setSlide({ meetingId: m.id, slideIndex: 99 }), "slideIndex");
    const moved = await world.as.alice.meeting.setSlide({ meetingId: m.id, slideIndex: 3 });
    expect(moved).toMatchObject({ slideIndex: 3, version: 2 });
  });

  it("counts two quick slide changes both, in order", async () => {
    const m = await world.as.alice.meeting.start({ projectId: world.projectA.id, roundId: rounds.second });
    const [a, b] = await Promise.all([world.as.alice.meeting.setSlide({ meetingId: m.id, slideIndex: 1 }), world.as.alice.meeting.setSlide({ meetingId: m.id, slideIndex: 2 })]);
    expect([a.version, b.version].sort()).toEqual([2, 3]);
    const row = await t.db.meeting.findUniqueOrThrow({ where: { id: m.id } });
    expect(row.version).toBe(3);
    expect(row.slideIndex).toBe((a.version > b.version ? a : b).slideIndex);
  });

  it("ends a meeting (facilitator only); an ended meeting takes no slide change or new action", async () => {
    const m = await world.as.alice.meeting.start({ projectId: world.projectA.id, roundId: rounds.second });
    await expectTRPCError(world.as.bob.meeting.end({ meetingId: m.id }), "FORBIDDEN");
    expect((await world.as.alice.meeting.end({ meetingId: m.id })).endedAt).toBeInstanceOf(Date);
    await expectTRPCError(world.as.alice.meeting.setSlide({ meetingId: m.id, slideIndex: 1 }), "PRECONDITION_FAILED");
    await expectTRPCError(world.as.bob.meeting.createAction(action(m.id)), "PRECONDITION_FAILED");
  });
});

describe("meeting actions", () => {
  it("records an action by any member, lists it open first, and edits it by version", async () => {
    const m = await world.as.alice.meeting.start({ projectId: world.projectA.id, roundId: rounds.second });
    const created = await world.as.bob.meeting.createAction(action(m.id, { title: "  Add drift alerts  ", leverId: "monitoring_observability_maturity", lessonSlug: "distribution-shift-and-monitoring" }));
    expect(created).toMatchObject({ title: "Add drift alerts", status: "OPEN", version: 1, overdue: false, createdBy: { id: world.users.bob.id } });
    const done = await world.as.alice.meeting.updateAction({ actionId: created.id, version: 1, status: "DONE" });
    expect(done).toMatchObject({ status: "DONE", version: 2 });
    const listed = await world.as.adam.meeting.listActions({ projectId: world.projectA.id });
    const open = listed.findIndex((a) => a.status === "OPEN");
    expect(open).toBeGreaterThanOrEqual(0);
    expect(listed.findIndex((a) => a.id === created.id)).toBeGreaterThan(open);
  });

  it("says how each action's lever moved from its meeting's round to the latest closed round, once a later one has closed", async () => {
    const earlier = await world.as.alice.meeting.start({ projectId: world.projectA.id, roundId: rounds.first });
    const before = await world.as.alice.meeting.createAction(action(earlier.id, { title: "Made in the first review's meeting" }));
    await world.as.alice.meeting.end({ meetingId: earlier.id });
    const current = await world.as.alice.meeting.start({ projectId: world.projectA.id, roundId: rounds.second });
    const now = await world.as.alice.meeting.createAction(action(current.id, { title: "Made in the second review's meeting" }));
    const lever = "continual_learning_infrastructure";
    const score = async (roundId: string) =>
      (await t.db.roundGroupScore.findFirstOrThrow({ where: { roundId, kind: "lever", groupId: lever }, select: { score: true } })).score;
    const [from, to] = [await score(rounds.first), await score(rounds.second)];

    const listed = await world.as.bob.meeting.listActions({ projectId: world.projectA.id });
    const earlierView = listed.find((a) => a.id === before.id)!;
    expect(earlierView.sinceMeeting).toMatchObject({ roundTitle: "first review", latestRoundTitle: "second review", movement: { before: from, after: to } });
    expect(earlierView.sinceMeeting!.movement.movement).toBe(to! > from! ? "improved" : to! < from! ? "worsened" : "unchanged");
    // The ML Test Score round closed after "second review" has no lever scores, so it is not the comparison.
    expect(listed.find((a) => a.id === now.id)!.sinceMeeting).toBeNull();
    await world.as.alice.meeting.end({ meetingId: current.id });
  });

  it("refuses an edit based on a stale version with the current action, and of two simultaneous edits one wins", async () => {
    const m = await world.as.alice.meeting.start({ projectId: world.projectA.id, roundId: rounds.second });
    const a = await world.as.alice.meeting.createAction(action(m.id));
    await world.as.bob.meeting.updateAction({ actionId: a.id, version: 1, title: "Bob's wording" });
    const error = await world.as.alice.meeting.updateAction({ actionId: a.id, version: 1, title: "Alice's wording" }).catch((e: unknown) => e);
    await expectTRPCError(Promise.reject(error), "CONFLICT");
    expect((await t.db.meetingAction.findUniqueOrThrow({ where: { id: a.id } })).title).toBe("Bob's wording");

    const results = await Promise.allSettled([
      world.as.alice.meeting.updateAction({ actionId: a.id, version: 2, status: "DONE" }),
      world.as.bob.meeting.updateAction({ actionId: a.id, version: 2, status: "DROPPED" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled").length).toBe(1);
    expect(results.filter((r) => r.status === "rejected").length).toBe(1);
    expect((await t.db.meetingAction.findUniqueOrThrow({ where: { id: a.id } })).version).toBe(3);
  });

  it("refuses bad input naming the field, and writes nothing", async () => {
    const m = await world.as.alice.meeting.start({ projectId: world.projectA.id, roundId: rounds.second });
    const a = await world.as.alice.meeting.createAction(action(m.id));
    const before = await countMeetingRows();
    await expectInputError(world.as.alice.meeting.createAction(action(m.id, { title: "x" })), "title");
    await expectInputError(world.as.alice.meeting.createAction(action(m.id, { title: "y".repeat(161) })), "title");
    await expectInputError(world.as.alice.meeting.createAction(action(m.id, { leverId: "model_freshness" })), "leverId");
    await expectInputError(world.as.alice.meeting.createAction(action(m.id, { ownerId: world.users.carol.id })), "ownerId");
    await expectInputError(world.as.alice.meeting.createAction(action(m.id, { dueDate: inDays(-1) })), "dueDate");
    await expectInputError(world.as.alice.meeting.createAction(action(m.id, { dueDate: inDays(800) })), "dueDate");
    await expectInputError(world.as.alice.meeting.createAction(action(m.id, { dueDate: "2026-02-30" })), "dueDate");
    await expectInputError(world.as.alice.meeting.createAction(action(m.id, { lessonSlug: "no-such-chapter" })), "lessonSlug");
    await expectInputError(world.as.alice.meeting.updateAction({ actionId: a.id, version: 1, status: "MAYBE" as never }), "status");
    await expectInputError(world.as.alice.meeting.updateAction({ actionId: a.id, version: 1, ownerId: world.users.carol.id }), "ownerId");
    await expectInputError(world.as.alice.meeting.updateAction({ actionId: a.id, version: 1, dueDate: inDays(-3) }), "dueDate");
    expect(await countMeetingRows()).toEqual(before);
  });

  it("keeps a passed due date when only the status changes, and marks an open one overdue", async () => {
    const m = await world.as.alice.meeting.start({ projectId: world.projectA.id, roundId: rounds.second });
    const a = await world.as.alice.meeting.createAction(action(m.id));
    await t.db.meetingAction.update({ where: { id: a.id }, data: { dueDate: new Date(`${inDays(-10)}T00:00:00Z`) } });
    const listed = (await world.as.alice.meeting.listActions({ projectId: world.projectA.id })).find((x) => x.id === a.id)!;
    expect(listed.overdue).toBe(true);
    const done = await world.as.alice.meeting.updateAction({ actionId: a.id, version: 1, status: "DONE", dueDate: inDays(-10) });
    expect(done).toMatchObject({ status: "DONE", overdue: false, dueDate: inDays(-10) });
  });

  it("shows an assigned lesson on the owner's Learn path, and only theirs", async () => {
    const m = await world.as.alice.meeting.start({ projectId: world.projectA.id, roundId: rounds.second });
    await world.as.alice.meeting.createAction(action(m.id, { ownerId: world.users.adam.id, lessonSlug: "deployment-and-prediction-service", title: "Pick batch or online serving" }));
    const adams = await world.as.adam.learn.myPath({ workspaceId: world.a.id });
    expect(adams.assigned.find((x) => x.actionTitle === "Pick batch or online serving")).toMatchObject({ slug: "deployment-and-prediction-service", projectName: "Fraud scoring" });
    const bobs = await world.as.bob.learn.myPath({ workspaceId: world.a.id });
    expect(bobs.assigned.some((x) => x.actionTitle === "Pick batch or online serving")).toBe(false);
  });
});

describe("meeting.myOpenActions", () => {
  it("lists only the caller's own open actions in that workspace, soonest due first, with their project", async () => {
    const meeting = await world.as.alice.meeting.start({ projectId: world.projectA.id, roundId: rounds.second });
    const later = await world.as.alice.meeting.createAction(action(meeting.id, { title: "Bob: later one", dueDate: inDays(30) }));
    const sooner = await world.as.alice.meeting.createAction(action(meeting.id, { title: "Bob: sooner one", dueDate: inDays(3) }));
    const finished = await world.as.alice.meeting.createAction(action(meeting.id, { title: "Bob: finished one" }));
    await world.as.bob.meeting.updateAction({ actionId: finished.id, version: 1, status: "DONE" });
    await world.as.alice.meeting.createAction(action(meeting.id, { title: "Adam's own", ownerId: world.users.adam.id }));

    const mine = await world.as.bob.meeting.myOpenActions({ workspaceId: world.a.id });
    const titles = mine.map((a) => a.title);
    expect(titles.indexOf(sooner.title)).toBeLessThan(titles.indexOf(later.title));
    expect(titles).not.toContain("Bob: finished one");
    expect(titles).not.toContain("Adam's own");
    expect(mine.every((a) => a.owner.id === world.users.bob.id && a.status === "OPEN")).toBe(true);
    expect(mine.find((a) => a.id === sooner.id)?.project).toEqual({ id: world.projectA.id, name: world.projectA.name });
    // Carol is in another workspace: asking for workspace A is refused, her own list is empty.
    await expectTRPCError(world.as.carol.meeting.myOpenActions({ workspaceId: world.a.id }), "NOT_FOUND");
    expect((await world.as.carol.meeting.myOpenActions({ workspaceId: world.b.id })).map((a) => a.title)).not.toContain(sooner.title);
  });
});

describe("another workspace", () => {
  it("is refused every meeting procedure as if the meeting did not exist, and changes nothing", async () => {
    const m = await world.as.alice.meeting.start({ projectId: world.projectA.id, roundId: rounds.second });
    const a = await world.as.alice.meeting.createAction(action(m.id));
    const before = await countMeetingRows();
    const carol = world.as.carol;
    await expectTRPCError(carol.meeting.get({ meetingId: m.id }), "NOT_FOUND");
    await expectTRPCError(carol.meeting.setSlide({ meetingId: m.id, slideIndex: 1 }), "NOT_FOUND");
    await expectTRPCError(carol.meeting.end({ meetingId: m.id }), "NOT_FOUND");
    await expectTRPCError(carol.meeting.createAction({ ...action(m.id), ownerId: world.users.carol.id }), "NOT_FOUND");
    await expectTRPCError(carol.meeting.updateAction({ actionId: a.id, version: 1, status: "DROPPED" }), "NOT_FOUND");
    await expectTRPCError(carol.meeting.listActions({ projectId: world.projectA.id }), "NOT_FOUND");
    await expectTRPCError(carol.meeting.list({ projectId: world.projectA.id }), "NOT_FOUND");
    await expectTRPCError(carol.meeting.start({ projectId: world.projectA.id, roundId: rounds.second }), "NOT_FOUND");
    await expectTRPCError(carol.meeting.live({ meetingId: m.id }), "NOT_FOUND");
    expect(await countMeetingRows()).toEqual(before);
  });
});

describe("meeting.live", () => {
  it("sends the state on connect, then a new action and the facilitator's slide to a second member", async () => {
    const m = await world.as.alice.meeting.start({ projectId: world.projectA.id, roundId: rounds.second });
    const stop = new AbortController();
    const feed = await openFeed(world.users.bob, stop.signal, { meetingId: m.id });
    const first = (await nextEvent(feed));
    expect(first[1]).toMatchObject({ type: "state", state: { meeting: { id: m.id, slideIndex: 0 } } });
    // The state carries the previous meeting's actions for review, and none of this new meeting yet.
    expect((first[1] as unknown as { state: { actions: { meetingId: string }[] } }).state.actions.filter((a) => a.meetingId === m.id)).toEqual([]);

    const created = await world.as.adam.meeting.createAction(action(m.id, { title: "Shadow-deploy the new model" }));
    const second = (await nextEvent(feed));
    expect(second[1]).toMatchObject({ type: "action", action: { id: created.id, title: "Shadow-deploy the new model", owner: { id: world.users.bob.id } } });

    await world.as.alice.meeting.setSlide({ meetingId: m.id, slideIndex: 4 });
    const third = (await nextEvent(feed));
    expect(third[1]).toMatchObject({ type: "slide", meeting: { id: m.id, slideIndex: 4 } });
    expect(third[0]).toBe("slide:2");
    stop.abort();
    expect((await feed.next()).done).toBe(true);
  });

  it("catches a reconnecting member up with the current state, and sends nothing new when nothing changed", async () => {
    const m = await world.as.alice.meeting.start({ projectId: world.projectA.id, roundId: rounds.second });
    const stop = new AbortController();
    const feed = await openFeed(world.users.bob, stop.signal, { meetingId: m.id });
    const [stateId] = (await nextEvent(feed));
    stop.abort();
    await feed.next();

    // While Bob is away: a slide change and an action.
    await world.as.alice.meeting.setSlide({ meetingId: m.id, slideIndex: 2 });
    const missed = await world.as.alice.meeting.createAction(action(m.id, { title: "Write the model card" }));
    const again = new AbortController();
    const back = await openFeed(world.users.bob, again.signal, { meetingId: m.id, lastEventId: stateId });
    const caughtUp = (await nextEvent(back));
    expect(caughtUp[0]).not.toBe(stateId);
    expect(caughtUp[1]).toMatchObject({ type: "state", state: { meeting: { slideIndex: 2 } } });
    expect((caughtUp[1] as unknown as { state: { actions: { id: string }[] } }).state.actions.map((a) => a.id)).toContain(missed.id);
    again.abort();
    await back.next();

    // Reconnecting with the latest state id: the first thing to arrive is the next change, not a repeat.
    const third = new AbortController();
    const quiet = await openFeed(world.users.bob, third.signal, { meetingId: m.id, lastEventId: caughtUp[0] });
    const pending = nextEvent(quiet);
    await world.as.alice.meeting.setSlide({ meetingId: m.id, slideIndex: 3 });
    expect((await pending)[1]).toMatchObject({ type: "slide", meeting: { slideIndex: 3 } });
    third.abort();
    await quiet.next();
  });

  it("gives a member of another workspace nothing, even one who guesses the meeting id", async () => {
    const m = await world.as.alice.meeting.start({ projectId: world.projectA.id, roundId: rounds.second });
    const stop = new AbortController();
    await expectTRPCError(subscriberFor(world.users.carol, stop.signal).meeting.live({ meetingId: m.id }), "NOT_FOUND");
    // Carol's own meeting in her own project hears nothing of A's actions.
    const bRound = await openRound(world.as.carol, world.projectB.id, [world.users.carol.id], { title: "B review" });
    await answerAll(world.as.carol, bRound.id);
    await world.as.carol.assess.closeRound({ roundId: bRound.id });
    const bMeeting = await world.as.carol.meeting.start({ projectId: world.projectB.id, roundId: bRound.id });
    const feed = await openFeed(world.users.carol, stop.signal, { meetingId: bMeeting.id });
    await feed.next(); // her state
    const next = nextEvent(feed);
    await world.as.alice.meeting.createAction(action(m.id, { title: "Private to A" }));
    await world.as.alice.meeting.setSlide({ meetingId: m.id, slideIndex: 1 });
    // Then something in her own meeting: it must be the first thing she receives.
    await world.as.carol.meeting.setSlide({ meetingId: bMeeting.id, slideIndex: 2 });
    const received = await next;
    expect(received[1]).toMatchObject({ type: "slide", meeting: { id: bMeeting.id, slideIndex: 2 } });
    expect(JSON.stringify(received)).not.toContain("Private to A");
    stop.abort();
    await feed.next();
  });

  it("stops sending to someone removed from the workspace mid-meeting", async () => {
    const dave = await t.db.user.create({ data: { email: `dave.${Date.now()}@example.test`, name: "Dave", passwordHash: "test" }, select: { id: true, email: true, name: true } });
    await t.db.membership.create({ data: { workspaceId: world.a.id, userId: dave.id, role: "MEMBER" } });
    const m = await world.as.alice.meeting.start({ projectId: world.projectA.id, roundId: rounds.second });
    const stop = new AbortController();
    const feed = await openFeed(dave, stop.signal, { meetingId: m.id });
    await feed.next();
    const next = feed.next();
    await world.as.alice.member.remove({ workspaceId: world.a.id, userId: dave.id });
    await world.as.alice.meeting.createAction(action(m.id, { title: "After Dave left" }));
    expect((await next).done).toBe(true);
    stop.abort();
  });
});

describe("meeting.live over HTTP", () => {
  it("streams server-sent events through the real handler, uncached, starting with the state", async () => {
    const m = await world.as.alice.meeting.start({ projectId: world.projectA.id, roundId: rounds.second });
    const stop = new AbortController();
    const input = encodeURIComponent(JSON.stringify(superjson.serialize({ meetingId: m.id })));
    const res = await handleTrpcRequest(new Request(`http://localhost/api/trpc/meeting.live?input=${input}`, { signal: stop.signal }), async () =>
      createContextInner({ db: t.db, user: world.users.bob }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(res.headers.get("cache-control")).toMatch(/no-store/);
    expect(res.headers.get("cache-control")).toMatch(/no-transform/);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = "";
    while (!/^id: state:/m.test(text)) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value);
    }
    expect(text).toContain('"type":"state"');
    expect(text).toContain(m.id);
    stop.abort();
    await reader.cancel().catch(() => {});
  });

  it("refuses another workspace's member before any stream starts", async () => {
    const m = await world.as.alice.meeting.start({ projectId: world.projectA.id, roundId: rounds.second });
    const input = encodeURIComponent(JSON.stringify(superjson.serialize({ meetingId: m.id })));
    const stop = new AbortController();
    const res = await handleTrpcRequest(new Request(`http://localhost/api/trpc/meeting.live?input=${input}`, { signal: stop.signal }), async () =>
      createContextInner({ db: t.db, user: world.users.carol }),
    );
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = "";
    while (!/NOT_FOUND|"type":"state"/.test(text)) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value);
    }
    expect(text).toContain("NOT_FOUND");
    expect(text).not.toContain('"type":"state"');
    stop.abort();
    await reader.cancel().catch(() => {});
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)("meeting.live across app instances (PostgreSQL)", () => {
  it("delivers an action recorded through one instance to a member following through another", async () => {
    const other = await openConnection(t.url!, "");
    try {
      const m = await world.as.alice.meeting.start({ projectId: world.projectA.id, roundId: rounds.second });
      const stop = new AbortController();
      const feed = ((await createCaller(createContextInner({ db: other.db, user: world.users.bob }), { signal: stop.signal }).meeting.live({ meetingId: m.id })) as AsyncIterable<unknown>)[
        Symbol.asyncIterator
      ]();
      await nextEvent(feed);
      const created = await world.as.adam.meeting.createAction(action(m.id, { title: "Across instances" }));
      expect((await nextEvent(feed))[1]).toMatchObject({ type: "action", action: { id: created.id, title: "Across instances" } });
      stop.abort();
      await feed.next();
    } finally {
      await other.close();
    }
  });
});
