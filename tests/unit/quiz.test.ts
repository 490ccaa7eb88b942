import { describe, expect, it } from "vitest";
import type { QuizQuestion } from "../../server/content/schemas";
import { QuizAnswerError, gradeQuiz, shuffleOptions, toPublicQuiz } from "../../server/domain/quiz";

const quiz: QuizQuestion[] = [
  { id: "q1", prompt: "Pick the right one", kind: "single", options: [
    { id: "alpha", text: "A", correct: false, explanation: "A is wrong because…" },
    { id: "bravo", text: "B", correct: true, explanation: "B is right because…" },
    { id: "charlie", text: "C", correct: false, explanation: "C is wrong because…" },
    { id: "delta", text: "D", correct: false, explanation: "D is wrong because…" },
  ] },
  { id: "q2", prompt: "Pick all that apply", kind: "multiple", options: [
    { id: "x-ray", text: "X", correct: true, explanation: "X applies…" },
    { id: "yankee", text: "Y", correct: true, explanation: "Y applies…" },
    { id: "zulu", text: "Z", correct: false, explanation: "Z does not…" },
  ] },
];

describe("quiz", () => {
  it("ships neither correctness nor explanations to the browser", () => {
    const shipped = JSON.stringify(toPublicQuiz(quiz));
    expect(shipped).not.toContain("correct");
    expect(shipped).not.toContain("because");
  });

  it("grades by option id, needing every correct option and no wrong one", () => {
    expect(gradeQuiz(quiz, { q1: ["bravo"], q2: ["x-ray", "yankee"] }).score).toBe(2);
    expect(gradeQuiz(quiz, { q1: ["bravo"], q2: ["yankee", "x-ray"] }).score).toBe(2);
    expect(gradeQuiz(quiz, { q1: ["bravo"], q2: ["x-ray"] }).score).toBe(1);
    expect(gradeQuiz(quiz, { q1: ["bravo"], q2: ["x-ray", "yankee", "zulu"] }).score).toBe(1);
    expect(gradeQuiz(quiz, { q1: ["alpha"], q2: ["yankee", "x-ray", "yankee"] }).results.map((r) => r.correct)).toEqual([false, true]);
  });

  it("gives the same grade whatever order the options were shown in", () => {
    for (const seed of [1, 2, 3, 99, -7]) {
      const shown = shuffleOptions(quiz, seed);
      const right = Object.fromEntries(shown.map((q) => [q.id, q.options.filter((o) => o.correct).map((o) => o.id)]));
      expect(gradeQuiz(quiz, right).score).toBe(2);
      // Answering "the second option shown" is right only when the shuffle put B there.
      const second = gradeQuiz(quiz, { q1: [shown[0]!.options[1]!.id], q2: ["x-ray", "yankee"] });
      expect(second.results[0]!.correct).toBe(shown[0]!.options[1]!.id === "bravo");
    }
  });

  it("shuffles deterministically per seed, keeps every option, and varies across seeds", () => {
    expect(shuffleOptions(quiz, 42)).toEqual(shuffleOptions(quiz, 42));
    const orders = new Set<string>();
    for (let seed = 0; seed < 50; seed++) {
      const q1 = shuffleOptions(quiz, seed)[0]!;
      expect([...q1.options].map((o) => o.id).sort()).toEqual(["alpha", "bravo", "charlie", "delta"]);
      orders.add(q1.options.map((o) => o.id).join());
    }
    expect(orders.size).toBeGreaterThan(10);
    // The correct option lands in every position across seeds.
    const positions = new Set([...Array(50)].map((_, seed) => shuffleOptions(quiz, seed)[0]!.options.findIndex((o) => o.correct)));
    expect([...positions].sort()).toEqual([0, 1, 2, 3]);
  });

  it("refuses unanswered, unknown and impossible answers", () => {
    expect(() => gradeQuiz(quiz, { q1: ["bravo"] })).toThrow(QuizAnswerError);
    expect(() => gradeQuiz(quiz, { q1: ["bravo"], q2: ["x-ray"], q9: ["x-ray"] })).toThrow(/not a question/);
    expect(() => gradeQuiz(quiz, { q1: ["alpha", "bravo"], q2: ["x-ray"] })).toThrow(/exactly one/);
    expect(() => gradeQuiz(quiz, { q1: ["echo"], q2: ["x-ray"] })).toThrow(/does not exist/);
    expect(() => gradeQuiz(quiz, { q1: ["0"], q2: ["x-ray"] })).toThrow(/does not exist/);
  });
});
