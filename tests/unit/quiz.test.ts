import { describe, expect, it } from "vitest";
import { QuizAnswerError, gradeQuiz, toPublicQuiz } from "../../server/domain/quiz";

const quiz = [
  { id: "q1", prompt: "Pick the right one", kind: "single" as const, options: [
    { text: "A", correct: false, explanation: "A is wrong because…" },
    { text: "B", correct: true, explanation: "B is right because…" },
    { text: "C", correct: false, explanation: "C is wrong because…" },
  ] },
  { id: "q2", prompt: "Pick all that apply", kind: "multiple" as const, options: [
    { text: "X", correct: true, explanation: "X applies…" },
    { text: "Y", correct: true, explanation: "Y applies…" },
    { text: "Z", correct: false, explanation: "Z does not…" },
  ] },
];

describe("quiz", () => {
  it("ships neither correctness nor explanations to the browser", () => {
    const shipped = JSON.stringify(toPublicQuiz(quiz));
    expect(shipped).not.toContain("correct");
    expect(shipped).not.toContain("because");
  });
  it("needs every correct option and no wrong one for a multiple-choice question", () => {
    expect(gradeQuiz(quiz, { q1: [1], q2: [0, 1] }).score).toBe(2);
    expect(gradeQuiz(quiz, { q1: [1], q2: [0] }).score).toBe(1);
    expect(gradeQuiz(quiz, { q1: [1], q2: [0, 1, 2] }).score).toBe(1);
    expect(gradeQuiz(quiz, { q1: [0], q2: [1, 0, 1] }).results.map((r) => r.correct)).toEqual([false, true]);
  });
  it("refuses unanswered, unknown and impossible answers", () => {
    expect(() => gradeQuiz(quiz, { q1: [1] })).toThrow(QuizAnswerError);
    expect(() => gradeQuiz(quiz, { q1: [1], q2: [0], q9: [0] })).toThrow(/not a question/);
    expect(() => gradeQuiz(quiz, { q1: [0, 1], q2: [0] })).toThrow(/exactly one/);
    expect(() => gradeQuiz(quiz, { q1: [5], q2: [0] })).toThrow(/does not exist/);
  });
});
