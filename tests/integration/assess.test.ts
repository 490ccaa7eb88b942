// The round lifecycle through the API: open, answer, submit, see who is missing, remind, close,
// results, export, exemptions, and what concurrency must not break.
import { describe, expect, it, vi } from "vitest";
import { checkOverdueRounds } from "../../server/services/assess/overdue-round-check";
import type { TestDb } from "./support/test-db";
import { answerAll, inAWeek, ML_TEST_SCORE, openRound } from "./support/assess";
import { callerFor, createUser, expectTRPCError, useTestWorld, type World } from "./support/world";

let t: TestDb;
let world: World;
useTestWorld((db, w) => {
  t = db;
  world = w;
});

const ids = () => [world.users.alice.id, world.users.adam.id, world.users.bob.id];

describe("assess: a round's life", () => {
  it("lets owners and admins open a round, and refuses members", async () => {
    await expectTRPCError(openRound(world.as.bob, world.projectA.id, ids()), "FORBIDDEN");
    const round = await openRound(world.as.adam, world.projectA.id, ids());
    expect(round).toMatchObject({ status: "OPEN", anonymous: false });
    await expectTRPCError(openRound(world.as.alice, world.projectA.id, [world.users.carol.id]), "BAD_REQUEST", /member of this workspace/);
  });

  it("runs from drafts to submission to close, and shows results only after close", async () => {
    const round = await openRound(world.as.alice, world.projectA.id, ids());
    const roundId = round.id;
    // a draft of two answers, then an incomplete submit is refused
    const view = await world.as.bob.assess.getRound({ roundId });
    const [q1, q2] = view.rubric.questions;
    const draft = await world.as.bob.assess.saveAnswers({
      roundId,
      answers: [
        { itemId: q1!.id, level: 3, note: "we alert on drift", evidenceStep: 8 },
        { itemId: q2!.id, level: null, dontKnow: true, evidenceUrl: "https://wiki.example.test/monitoring" },
      ],
    });
    expect(draft).toMatchObject({ status: "DRAFT", answeredCount: 2 });
    await expectTRPCError(world.as.bob.assess.saveAnswers({ roundId, answers: [], submit: true }), "BAD_REQUEST", /Answer every item/);
    const mine = await world.as.bob.assess.getRound({ roundId });
    expect(mine.me!.answers.find((a) => a.itemId === q2!.id)).toMatchObject({ dontKnow: true, level: null, evidenceUrl: "https://wiki.example.test/monitoring" });

    await expectTRPCError(world.as.alice.assess.getResults({ roundId }), "PRECONDITION_FAILED");
    await answerAll(world.as.alice, roundId, { levelFor: () => 4 });
    await answerAll(world.as.bob, roundId, { levelFor: (_id, i) => (i === 0 ? null : 2) });
    // a submitted answer can still change until the round closes
    await world.as.bob.assess.saveAnswers({ roundId, answers: [{ itemId: q2!.id, level: 0 }] });

    const who = await world.as.alice.assess.participation({ roundId });
    expect(who.map((p) => [p.user.name, p.status])).toEqual([
      ["Adam", "INVITED"],
      ["Alice", "SUBMITTED"],
      ["Bob", "SUBMITTED"],
    ]);
    await expectTRPCError(world.as.bob.assess.participation({ roundId }), "FORBIDDEN");
    expect(await world.as.alice.assess.sendReminders({ roundId })).toEqual({ reminded: 1 });
    const waiting = await world.as.adam.assess.waitingRounds({ workspaceId: world.a.id });
    expect(waiting.find((w) => w.id === roundId)?.remindedAt).toBeInstanceOf(Date);
    // opening the round reads the reminder: it is stored as read and no longer flagged
    await world.as.adam.assess.getRound({ roundId });
    expect(await t.db.roundReminder.findFirst({ where: { roundId, userId: world.users.adam.id }, select: { readAt: true } })).toEqual({ readAt: expect.any(Date) });
    expect((await world.as.adam.assess.waitingRounds({ workspaceId: world.a.id })).find((w) => w.id === roundId)?.remindedAt).toBeNull();

    await expectTRPCError(world.as.bob.assess.closeRound({ roundId }), "FORBIDDEN");
    expect(await world.as.adam.assess.closeRound({ roundId })).toEqual({ closed: true });
    expect(await world.as.adam.assess.closeRound({ roundId })).toEqual({ closed: false });
    await expectTRPCError(world.as.bob.assess.saveAnswers({ roundId, answers: [{ itemId: q1!.id, level: 1 }] }), "PRECONDITION_FAILED", /closed/);

    const results = await world.as.bob.assess.getResults({ roundId });
    expect(results.respondentCount).toBe(2); // Adam never submitted
    const first = results.items.find((i) => i.itemId === q1!.id)!;
    expect(first).toMatchObject({ answerCount: 1, dontKnowCount: 1, median: 4 }); // Bob's don't know excluded
    const second = results.items.find((i) => i.itemId === q2!.id)!;
    expect(second).toMatchObject({ answerCount: 2, median: 2, mean: 2, spread: 2 }); // 4 and 0
    expect(results.groups).toHaveLength(11);
    expect(results.respondents!.map((r) => r.user.name)).toEqual(["Alice", "Bob"]);
    expect(await world.as.adam.assess.waitingRounds({ workspaceId: world.a.id })).not.toContainEqual(expect.objectContaining({ id: roundId }));

    const history = await world.as.bob.assess.roundHistory({ projectId: world.projectA.id });
    const byId = (gs: { groupId: string; score: number | null }[]) => Object.fromEntries(gs.map((g) => [g.groupId, g.score]));
    expect(byId(history.find((h) => h.id === roundId)!.groups)).toEqual(byId(results.groups));
    expect(history.find((h) => h.id === roundId)!.closedAt).toBeInstanceOf(Date);
  });

  it("never changes a closed round's figures, whatever happens afterwards", async () => {
    const round = await openRound(world.as.alice, world.projectA.id, ids());
    await answerAll(world.as.alice, round.id, { levelFor: () => 1 });
    await world.as.alice.assess.closeRound({ roundId: round.id });
    const before = await world.as.alice.assess.getResults({ roundId: round.id });
    await t.db.membership.updateMany({ where: { userId: world.users.alice.id }, data: { discipline: "DATA_SCIENTIST" } });
    const item = before.items[0]!.itemId;
    await world.as.alice.assess.setExemption({ projectId: world.projectA.id, itemId: item, reason: "No live traffic yet", expiresAt: inAWeek() });
    expect(await world.as.alice.assess.getResults({ roundId: round.id })).toEqual(before);
    await world.as.alice.assess.revokeExemption({ projectId: world.projectA.id, exemptionId: (await world.as.alice.assess.listExemptions({ projectId: world.projectA.id })).exemptions[0]!.id });
  });

  it("closes a round on the next request once its closing date has passed", async () => {
    const round = await openRound(world.as.alice, world.projectA.id, ids());
    await answerAll(world.as.bob, round.id);
    await t.db.assessmentRound.update({ where: { id: round.id }, data: { closesAt: new Date(Date.now() - 1000) } });
    const list = await world.as.bob.assess.listRounds({ projectId: world.projectA.id });
    expect(list.find((r) => r.id === round.id)).toMatchObject({ status: "CLOSED", submitted: 1, invited: 3 });
    expect((await world.as.bob.assess.getResults({ roundId: round.id })).respondentCount).toBe(1);
  });

  it("closes an overdue round opened or saved to, as of its closing date, and refuses the late save", async () => {
    const round = await openRound(world.as.alice, world.projectA.id, ids());
    await answerAll(world.as.bob, round.id);
    const item = (await world.as.adam.assess.getRound({ roundId: round.id })).rubric.questions[0]!;
    const closesAt = new Date(Date.now() - 3_600_000);
    await t.db.assessmentRound.update({ where: { id: round.id }, data: { closesAt } });
    // marked not applicable after the closing date: the round closed before it existed, so it must not count
    await world.as.alice.assess.setExemption({ projectId: world.projectA.id, itemId: item.id, reason: "Decided too late", expiresAt: inAWeek() });
    await expectTRPCError(
      world.as.adam.assess.saveAnswers({ roundId: round.id, answers: [{ itemId: item.id, level: 4, dontKnow: false, note: "" }], submit: false }),
      "PRECONDITION_FAILED",
      /round is closed; its answers are frozen/,
    );
    const stored = await t.db.assessmentRound.findUniqueOrThrow({ where: { id: round.id }, select: { status: true, closedAt: true } });
    expect(stored).toEqual({ status: "CLOSED", closedAt: closesAt });
    expect(await t.db.roundAnswer.count({ where: { roundId: round.id, userId: world.users.adam.id } })).toBe(0);
    const results = await world.as.bob.assess.getResults({ roundId: round.id });
    expect(results.respondentCount).toBe(1);
    expect(results.items.find((i) => i.itemId === item.id)).toMatchObject({ exempt: false });
    await world.as.alice.assess.revokeExemption({
      projectId: world.projectA.id,
      exemptionId: (await world.as.alice.assess.listExemptions({ projectId: world.projectA.id })).exemptions.find((e) => e.itemId === item.id && e.active)!.id,
    });
  });

  it("closes through getRound as of the closing date too", async () => {
    const round = await openRound(world.as.alice, world.projectA.id, ids());
    const closesAt = new Date(Date.now() - 60_000);
    await t.db.assessmentRound.update({ where: { id: round.id }, data: { closesAt } });
    expect((await world.as.bob.assess.getRound({ roundId: round.id })).round).toMatchObject({ status: "CLOSED" });
    expect(await t.db.assessmentRound.findUniqueOrThrow({ where: { id: round.id }, select: { closedAt: true } })).toEqual({ closedAt: closesAt });
    expect(await t.db.roundAggregate.count({ where: { roundId: round.id } })).toBe(1);
  });

  it("freezes the rubric version a round used; a second round from an unchanged template shares it", async () => {
    const r1 = await openRound(world.as.alice, world.projectA.id, ids());
    const r2 = await openRound(world.as.alice, world.projectA.id, ids());
    const rows = await t.db.assessmentRound.findMany({ where: { id: { in: [r1.id, r2.id] } }, select: { rubricVersionId: true } });
    expect(rows[0]!.rubricVersionId).toBe(rows[1]!.rubricVersionId);
    // Rewriting the stored template snapshot is impossible through the API; a round reads only its own version.
    const version = await t.db.rubricVersion.findUniqueOrThrow({ where: { id: rows[0]!.rubricVersionId } });
    const view = await world.as.alice.assess.getRound({ roundId: r1.id });
    expect(view.rubric.questions.length).toBe((version.content as { groups: { items: unknown[] }[] }).groups.flatMap((g) => g.items).length);
  });

  it("leaves an item marked not applicable out of its lever's score until the exemption expires", async () => {
    const round = await openRound(world.as.alice, world.projectA.id, [world.users.alice.id]);
    const view = await world.as.alice.assess.getRound({ roundId: round.id });
    const lever = view.rubric.questions[0]!.groupId;
    const [first, ...rest] = view.rubric.questions.filter((q) => q.groupId === lever);
    await expectTRPCError(
      world.as.bob.assess.setExemption({ projectId: world.projectA.id, itemId: first!.id, reason: "Batch only", expiresAt: inAWeek() }),
      "FORBIDDEN",
    );
    await world.as.alice.assess.setExemption({ projectId: world.projectA.id, itemId: first!.id, reason: "Batch only", expiresAt: inAWeek() });
    await answerAll(world.as.alice, round.id, { levelFor: (id) => (id === first!.id ? 0 : 4) });
    await world.as.alice.assess.closeRound({ roundId: round.id });
    const results = await world.as.alice.assess.getResults({ roundId: round.id });
    expect(results.groups.find((g) => g.groupId === lever)).toMatchObject({ score: 100, itemsScored: rest.length });
    expect(results.items.find((i) => i.itemId === first!.id)).toMatchObject({ exempt: true });
    const list = await world.as.bob.assess.listExemptions({ projectId: world.projectA.id });
    expect(list.exemptions.find((e) => e.itemId === first!.id)).toMatchObject({ active: true, reason: "Batch only", createdBy: { name: "Alice" } });
  });

  it("scores an ML Test Score round with section totals and the lowest as final", async () => {
    const round = await openRound(world.as.alice, world.projectA.id, [world.users.alice.id], { templateId: ML_TEST_SCORE });
    // every test automated (1) except the monitoring section, done by hand (½)
    await answerAll(world.as.alice, round.id, { levelFor: (id) => (id.startsWith("mlts_mon") ? 1 : 2) });
    await world.as.alice.assess.closeRound({ roundId: round.id });
    const { mlTestScore } = await world.as.alice.assess.getResults({ roundId: round.id });
    expect(mlTestScore!.sections.map((s) => s.total)).toEqual([7, 7, 7, 3.5]);
    expect(mlTestScore).toMatchObject({ final: 3.5, weakestSectionId: "monitoring" });
  });

  it("exports a named round's answers with names, and only item figures for an anonymous one", async () => {
    const named = await openRound(world.as.alice, world.projectA.id, ids(), { title: "Named export" });
    await answerAll(world.as.bob, named.id, { note: "=HYPERLINK(evil)" });
    await world.as.alice.assess.closeRound({ roundId: named.id });
    const csv = await world.as.alice.assess.exportCsv({ roundId: named.id });
    expect(csv.filename).toBe("named-export-answers.csv");
    expect(csv.csv.split("\r\n")[0]).toBe("respondent,discipline,group,item,text,level,dont_know,note,evidence_step,evidence_url");
    expect(csv.csv).toContain("Bob,");
    expect(csv.csv).toContain("'=HYPERLINK(evil)"); // formulas are neutralised for spreadsheets

    const anon = await openRound(world.as.alice, world.projectA.id, ids(), { anonymous: true });
    await answerAll(world.as.bob, anon.id, { note: "private thought" });
    await world.as.alice.assess.closeRound({ roundId: anon.id });
    const anonCsv = await world.as.alice.assess.exportCsv({ roundId: anon.id });
    expect(anonCsv.csv.split("\r\n")[0]).toBe("group,item,text,answers,dont_know,median,mean,spread,not_applicable");
    expect(anonCsv.csv).not.toContain("Bob");
    expect(anonCsv.csv).not.toContain("private thought");
  });
});

describe("assess: the scheduled check for overdue rounds", () => {
  it("closes an overdue round nobody touches, in any workspace, as of its closing date", async () => {
    const theirs = await openRound(world.as.carol, world.projectB.id, [world.users.carol.id]);
    await answerAll(world.as.carol, theirs.id);
    const stillOpen = await openRound(world.as.alice, world.projectA.id, ids());
    const closesAt = new Date(Date.now() - 5 * 60_000);
    await t.db.assessmentRound.update({ where: { id: theirs.id }, data: { closesAt } });
    expect(await checkOverdueRounds(t.db)).toBeGreaterThanOrEqual(1);
    const rows = await t.db.assessmentRound.findMany({ where: { id: { in: [theirs.id, stillOpen.id] } }, select: { id: true, status: true, closedAt: true } });
    expect(rows.find((r) => r.id === theirs.id)).toMatchObject({ status: "CLOSED", closedAt: closesAt });
    expect(rows.find((r) => r.id === stillOpen.id)).toMatchObject({ status: "OPEN", closedAt: null });
    expect(await t.db.roundAggregate.findUnique({ where: { roundId: theirs.id }, select: { respondentCount: true } })).toEqual({ respondentCount: 1 });
  });

  it("computes aggregates once when two checks (two app processes) run at the same moment", async () => {
    const round = await openRound(world.as.alice, world.projectA.id, ids());
    await answerAll(world.as.bob, round.id);
    await t.db.assessmentRound.update({ where: { id: round.id }, data: { closesAt: new Date(Date.now() - 1000) } });
    const closed = await Promise.all([checkOverdueRounds(t.db), checkOverdueRounds(t.db)]);
    expect(closed.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await t.db.roundAggregate.count({ where: { roundId: round.id } })).toBe(1);
    expect(await t.db.roundGroupScore.count({ where: { roundId: round.id } })).toBe(11);
  });

  it("logs a round it cannot close and still closes the others", async () => {
    const failing = await openRound(world.as.alice, world.projectA.id, ids());
    const fine = await openRound(world.as.alice, world.projectA.id, ids());
    const past = new Date(Date.now() - 1000);
    await t.db.assessmentRound.updateMany({ where: { id: { in: [failing.id, fine.id] } }, data: { closesAt: past } });
    // a stored rubric version the aggregation cannot read makes that one close fail
    const broken = await t.db.rubricVersion.create({
      data: { workspaceId: world.a.id, templateId: "broken", version: 1, contentHash: "broken", content: { groups: "broken" } },
    });
    await t.db.assessmentRound.update({ where: { id: failing.id }, data: { rubricVersionId: broken.id } });
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      expect(await checkOverdueRounds(t.db)).toBe(1);
      expect(errors).toHaveBeenCalledWith(expect.stringContaining(failing.id), expect.anything());
      const rows = await t.db.assessmentRound.findMany({ where: { id: { in: [failing.id, fine.id] } }, select: { id: true, status: true } });
      expect(Object.fromEntries(rows.map((r) => [r.id, r.status]))).toEqual({ [failing.id]: "OPEN", [fine.id]: "CLOSED" });
    } finally {
      errors.mockRestore();
      // the broken round must not trip the later tests' reads of this project
      await t.db.assessmentRound.update({ where: { id: failing.id }, data: { closesAt: inAWeek() } });
    }
  });
});

describe("assess: concurrency", () => {
  it("stores every answer exactly once when 20 members submit at once", async () => {
    const people = await Promise.all(Array.from({ length: 20 }, (_, i) => createUser(t.db, `Crowd${i}`)));
    await t.db.membership.createMany({ data: people.map((p) => ({ workspaceId: world.a.id, userId: p.id })) });
    const round = await openRound(world.as.alice, world.projectA.id, people.map((p) => p.id));
    const callers = people.map((p) => callerFor(t.db, p));
    const itemCount = (await callers[0]!.assess.getRound({ roundId: round.id })).rubric.questions.length;
    // each person submits twice at the same moment (a double click)
    await Promise.all(callers.flatMap((as) => [answerAll(as, round.id), answerAll(as, round.id)]));
    expect(await t.db.roundAnswer.count({ where: { roundId: round.id } })).toBe(20 * itemCount);
    expect(await t.db.roundParticipant.count({ where: { roundId: round.id, status: "SUBMITTED" } })).toBe(20);
  });

  it("computes a round's aggregates once when two people close it at the same moment", async () => {
    const round = await openRound(world.as.alice, world.projectA.id, ids());
    await answerAll(world.as.bob, round.id);
    const outcomes = await Promise.all([world.as.alice.assess.closeRound({ roundId: round.id }), world.as.adam.assess.closeRound({ roundId: round.id })]);
    expect(outcomes.map((o) => o.closed).sort()).toEqual([false, true]);
    expect(await t.db.roundAggregate.count({ where: { roundId: round.id } })).toBe(1);
    expect(await t.db.roundGroupScore.count({ where: { roundId: round.id } })).toBe(11);
  });
});

describe("assess: hostile input", () => {
  it("refuses answers that break the limits, naming the field, and stores nothing", async () => {
    const round = await openRound(world.as.alice, world.projectA.id, ids());
    const roundId = round.id;
    const item = (await world.as.bob.assess.getRound({ roundId })).rubric.questions[0]!.id;
    const save = (answer: Record<string, unknown>) => world.as.bob.assess.saveAnswers({ roundId, answers: [{ itemId: item, level: 1, ...answer } as never] });
    const { expectInputError } = await import("./support/input-error");
    await expectInputError(save({ level: 7 }), "answers.0.level");
    await expectInputError(save({ note: "x".repeat(5000) }), "answers.0.note");
    await expectInputError(save({ evidenceUrl: "javascript:alert(1)" }), "answers.0.evidenceUrl");
    await expectInputError(save({ evidenceStep: 11 }), "answers.0.evidenceStep");
    await expectInputError(
      world.as.bob.assess.saveAnswers({ roundId, answers: Array.from({ length: 201 }, () => ({ itemId: item, level: 1 })) }),
      "answers",
    );
    await expectTRPCError(save({ itemId: "not_in_this_rubric" }), "BAD_REQUEST", /not an item/);
    await expectTRPCError(save({ level: null }), "BAD_REQUEST", /either a level or/);
    await expectTRPCError(world.as.bob.assess.saveAnswers({ roundId, answers: [{ itemId: item, level: 1 }, { itemId: item, level: 2 }] }), "BAD_REQUEST", /once/);
    await expectInputError(openRound(world.as.alice, world.projectA.id, Array.from({ length: 501 }, (_, i) => `u${i}`)), "inviteeIds");
    await expectTRPCError(
      world.as.alice.assess.openRound({ projectId: world.projectA.id, title: "Past", closesAt: new Date(Date.now() - 1000), rubric: { templateId: "causeway-maturity" }, inviteeIds: ids() }),
      "BAD_REQUEST",
      /future/,
    );
    await expectTRPCError(
      world.as.alice.assess.openRound({ projectId: world.projectA.id, title: "Nope", closesAt: inAWeek(), rubric: { templateId: "no-such-template" }, inviteeIds: ids() }),
      "NOT_FOUND",
    );
    expect(await t.db.roundAnswer.count({ where: { roundId } })).toBe(0);
  });

  it("refuses answers from someone the round did not ask", async () => {
    const round = await openRound(world.as.alice, world.projectA.id, [world.users.alice.id]);
    await expectTRPCError(world.as.bob.assess.saveAnswers({ roundId: round.id, answers: [] }), "FORBIDDEN", /not asked/);
  });
});
