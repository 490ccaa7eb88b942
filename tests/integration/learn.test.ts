import { describe, expect, it } from "vitest";
import { getCatalog } from "../../server/content/catalog";
import type { TestDb } from "./support/test-db";
import { expectInputError } from "./support/input-error";
import { callerFor, expectTRPCError, useTestWorld, type World } from "./support/world";

let t: TestDb;
let world: World;
useTestWorld((db, w) => {
  t = db;
  world = w;
});

const chapter = () => getCatalog().chapters.find((c) => c.number === 5)!;
const rightAnswers = () => Object.fromEntries(chapter().quiz.map((q) => [q.id, q.options.filter((o) => o.correct).map((o) => o.id)]));
const wrongAnswers = () => Object.fromEntries(chapter().quiz.map((q) => [q.id, [q.options.find((o) => !o.correct)!.id]]));

describe("learn router", () => {
  it("follows the member's discipline by default and lets them switch paths", async () => {
    await world.as.bob.member.updateDiscipline({ workspaceId: world.a.id, userId: world.users.bob.id, discipline: "DATA_ENGINEER" });
    const byDiscipline = await world.as.bob.learn.myPath({ workspaceId: world.a.id });
    expect(byDiscipline.key).toBe("data_engineer");
    expect(byDiscipline.chosen).toBe(false);
    expect(byDiscipline.steps.map((s) => s.number)).toEqual(getCatalog().paths.data_engineer.map((e) => e.chapter));

    await world.as.bob.learn.setPath({ path: "manager" });
    const chosen = await world.as.bob.learn.myPath({ workspaceId: world.a.id });
    expect(chosen).toMatchObject({ key: "manager", chosen: true });
    await world.as.bob.learn.setPath({ path: null });
    expect((await world.as.bob.learn.myPath({ workspaceId: world.a.id })).key).toBe("data_engineer");
  });

  it("records starting and completing a chapter", async () => {
    const slug = chapter().slug;
    // Two first opens at once (two tabs) both succeed and leave one row.
    await Promise.all([world.as.bob.learn.startChapter({ chapter: slug }), world.as.bob.learn.startChapter({ chapter: slug })]);
    expect(await t.db.chapterProgress.count({ where: { userId: world.users.bob.id, chapterSlug: slug } })).toBe(1);
    await world.as.bob.learn.startChapter({ chapter: slug });
    let mine = await world.as.bob.learn.myProgress();
    expect(mine.progress.find((p) => p.chapterSlug === slug)?.completedAt).toBeNull();
    await world.as.bob.learn.setComplete({ chapter: slug, complete: true });
    mine = await world.as.bob.learn.myProgress();
    expect(mine.progress.find((p) => p.chapterSlug === slug)?.completedAt).toBeInstanceOf(Date);
    await world.as.bob.learn.setComplete({ chapter: slug, complete: false });
    mine = await world.as.bob.learn.myProgress();
    expect(mine.progress.find((p) => p.chapterSlug === slug)?.completedAt).toBeNull();
  });

  it("grades a quiz on the server, explains every option, and keeps the best score", async () => {
    const slug = chapter().slug;
    const wrong = await world.as.bob.learn.submitQuiz({ chapter: slug, answers: wrongAnswers() });
    expect(wrong.score).toBe(0);
    expect(wrong.results[0]!.explanations.length).toBe(chapter().quiz[0]!.options.length);
    const right = await world.as.bob.learn.submitQuiz({ chapter: slug, answers: rightAnswers() });
    expect(right).toMatchObject({ score: chapter().quiz.length, total: chapter().quiz.length });
    await world.as.bob.learn.submitQuiz({ chapter: slug, answers: wrongAnswers() });
    const row = (await world.as.bob.learn.myProgress()).progress.find((p) => p.chapterSlug === slug);
    expect(row).toMatchObject({ bestScore: chapter().quiz.length, quizTotal: chapter().quiz.length });
    expect(await t.db.quizAttempt.count({ where: { userId: world.users.bob.id, chapterSlug: slug } })).toBe(3);
  });

  it("shows one option order per attempt, stable on reload, and grades the shuffled attempt by option id", async () => {
    const slug = chapter().slug;
    const first = await world.as.bob.learn.getQuiz({ chapter: slug });
    const done = await t.db.quizAttempt.count({ where: { userId: world.users.bob.id, chapterSlug: slug } });
    expect(first.attempt).toBe(done + 1);
    expect(await world.as.bob.learn.getQuiz({ chapter: slug })).toEqual(first);
    expect(JSON.stringify(first)).not.toMatch(/"correct"|explanation/);

    // Answer from what was shown: pick, in the shown order, the option the content marks right.
    const truth = new Map(chapter().quiz.map((q) => [q.id, new Set(q.options.filter((o) => o.correct).map((o) => o.id))]));
    const fromShown = Object.fromEntries(first.questions.map((q) => [q.id, q.options.filter((o) => truth.get(q.id)!.has(o.id)).map((o) => o.id)]));
    const graded = await world.as.bob.learn.submitQuiz({ chapter: slug, answers: fromShown });
    expect(graded.score).toBe(chapter().quiz.length);
    const stored = await t.db.quizAttempt.findFirstOrThrow({ where: { userId: world.users.bob.id, chapterSlug: slug }, orderBy: { createdAt: "desc" }, select: { answers: true } });
    expect(stored.answers).toEqual(Object.fromEntries(Object.entries(fromShown).map(([q, ids]) => [q, [...ids].sort()])));

    // The next attempt has a new order; across attempts and users the right answer moves around.
    const second = await world.as.bob.learn.getQuiz({ chapter: slug });
    expect(second.attempt).toBe(first.attempt + 1);
    const orders = [first, second, await world.as.alice.learn.getQuiz({ chapter: slug }), await world.as.adam.learn.getQuiz({ chapter: slug })];
    const positions = new Set(orders.flatMap((o) => o.questions.map((q) => q.options.findIndex((opt) => truth.get(q.id)!.has(opt.id)))));
    expect(positions.size).toBeGreaterThan(2);

    // "The first option shown, everywhere" scores what grading by id says it should, nothing more.
    const firstShown = Object.fromEntries(second.questions.map((q) => [q.id, [q.options[0]!.id]]));
    const expected = second.questions.filter((q) => q.kind === "single" && truth.get(q.id)!.has(q.options[0]!.id)).length
      + second.questions.filter((q) => q.kind === "multiple" && truth.get(q.id)!.size === 1 && truth.get(q.id)!.has(q.options[0]!.id)).length;
    expect((await world.as.bob.learn.submitQuiz({ chapter: slug, answers: firstShown })).score).toBe(expected);
  });

  it("keeps the best score when two attempts are submitted at once", async () => {
    const slug = chapter().slug;
    await Promise.all([
      world.as.adam.learn.submitQuiz({ chapter: slug, answers: rightAnswers() }),
      world.as.adam.learn.submitQuiz({ chapter: slug, answers: wrongAnswers() }),
    ]);
    const row = (await world.as.adam.learn.myProgress()).progress.find((p) => p.chapterSlug === slug);
    expect(row?.bestScore).toBe(chapter().quiz.length);
    expect(await t.db.quizAttempt.count({ where: { userId: world.users.adam.id, chapterSlug: slug } })).toBe(2);
  });

  it("saves checklist ticks per user, only for the chapter's own items", async () => {
    const { slug, checklist } = chapter();
    expect(checklist.length).toBeGreaterThan(2);
    expect(await world.as.bob.learn.myChecklist({ chapter: slug })).toEqual({ ticked: [] });
    await Promise.all([
      world.as.bob.learn.setChecklistItem({ chapter: slug, item: checklist[2]!, done: true }),
      world.as.bob.learn.setChecklistItem({ chapter: slug, item: checklist[2]!, done: true }),
      world.as.bob.learn.setChecklistItem({ chapter: slug, item: checklist[0]!, done: true }),
    ]);
    expect(await world.as.bob.learn.myChecklist({ chapter: slug })).toEqual({ ticked: [checklist[0], checklist[2]] });
    expect(await world.as.alice.learn.myChecklist({ chapter: slug })).toEqual({ ticked: [] });
    const after = await world.as.bob.learn.setChecklistItem({ chapter: slug, item: checklist[0]!, done: false });
    expect(after).toEqual({ ticked: [checklist[2]] });
    await world.as.bob.learn.setChecklistItem({ chapter: slug, item: checklist[0]!, done: false });
    await expectTRPCError(world.as.bob.learn.setChecklistItem({ chapter: slug, item: "made-up-item", done: true }), "NOT_FOUND", /no item/);
    await expectTRPCError(world.as.bob.learn.myChecklist({ chapter: "no-such-chapter" }), "NOT_FOUND");
    expect(await t.db.checklistTick.count()).toBe(1);
  });

  it("asks anonymous callers to sign in for quizzes and checklists", async () => {
    const anonymous = callerFor(t.db, null);
    const slug = chapter().slug;
    await expectTRPCError(anonymous.learn.getQuiz({ chapter: slug }), "UNAUTHORIZED");
    await expectTRPCError(anonymous.learn.submitQuiz({ chapter: slug, answers: rightAnswers() }), "UNAUTHORIZED");
    await expectTRPCError(anonymous.learn.myChecklist({ chapter: slug }), "UNAUTHORIZED");
    await expectTRPCError(anonymous.learn.setChecklistItem({ chapter: slug, item: chapter().checklist[0]!, done: true }), "UNAUTHORIZED");
  });

  it("refuses incomplete or impossible answers and records nothing", async () => {
    const slug = chapter().slug;
    const before = await t.db.quizAttempt.count();
    const partial = rightAnswers();
    delete partial[chapter().quiz[0]!.id];
    await expectTRPCError(world.as.alice.learn.submitQuiz({ chapter: slug, answers: partial }), "BAD_REQUEST", /answer every question/);
    await expectTRPCError(world.as.alice.learn.submitQuiz({ chapter: slug, answers: { ...rightAnswers(), q1: ["no-such-option"] } }), "BAD_REQUEST", /does not exist/);
    await expectTRPCError(world.as.alice.learn.submitQuiz({ chapter: "no-such-chapter", answers: rightAnswers() }), "NOT_FOUND");
    // @ts-expect-error: testing a value the type forbids
    await expectInputError(world.as.alice.learn.setPath({ path: "astronaut" }), "path");
    expect(await t.db.quizAttempt.count()).toBe(before);
  });

  it("shows owners and admins the team's progress, and refuses plain members", async () => {
    const team = await world.as.adam.learn.teamProgress({ workspaceId: world.a.id });
    const bob = team.find((m) => m.name === "Bob")!;
    expect(bob.path).toBe("data_engineer");
    expect(bob.summary.quizAverage).toBe(1);
    expect(bob.summary.lastActivity).toBeInstanceOf(Date);
    expect(team.find((m) => m.name === "Alice")!.summary.completed).toBe(0);
    await expectTRPCError(world.as.bob.learn.teamProgress({ workspaceId: world.a.id }), "FORBIDDEN");
  });

  it("never shows another workspace's members' progress", async () => {
    await world.as.carol.learn.startChapter({ chapter: chapter().slug });
    await expectTRPCError(world.as.adam.learn.teamProgress({ workspaceId: world.b.id }), "NOT_FOUND");
    const team = await world.as.alice.learn.teamProgress({ workspaceId: world.a.id });
    expect(team.map((m) => m.name)).not.toContain("Carol");
  });
});
