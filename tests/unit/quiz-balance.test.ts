// The statistical rule behind "a quiz cannot be passed without reading".
import { describe, expect, it } from "vitest";
import type { QuizQuestion } from "../../server/content/schemas";
import { LONGEST_CRITICAL_X2, POSITION_CRITICAL_X2, quizBalance, quizBalanceProblems } from "../../server/content/quiz-balance";

/** A single-choice question with four options, the correct one at `at`, its text `rightLen` long. */
function question(n: number, at: number, rightLen = 20): QuizQuestion {
  return {
    id: `q${n}`,
    prompt: "A question long enough",
    kind: "single",
    options: [0, 1, 2, 3].map((i) => ({
      id: `o${i}`,
      text: i === at ? "r".repeat(rightLen) : "w".repeat(20 + ((n + i) % 3) * 5),
      correct: i === at,
      explanation: "Because of reasons.",
    })),
  };
}

describe("quiz balance", () => {
  it("fails when the first option is nearly always right, naming observed and expected counts", () => {
    const qs = [...Array(56)].map((_, n) => question(n, n % 14 === 0 ? 1 : 0, 22));
    const b = quizBalance(qs);
    expect(b.position.observed).toEqual([52, 4, 0, 0]);
    expect(b.position.expected).toEqual([14, 14, 14, 14]);
    expect(b.position.x2).toBeGreaterThan(POSITION_CRITICAL_X2);
    expect(quizBalanceProblems(b).join("\n")).toMatch(/observed 52, 4, 0, 0, expected 14, 14, 14, 14/);
  });

  it("fails when the right answer is the longest far more often than one in four", () => {
    const qs = [...Array(56)].map((_, n) => question(n, n % 4, n < 40 ? 60 : 10));
    const b = quizBalance(qs);
    expect(b.position.passes).toBe(true);
    expect(b.longest.observed[0]).toBe(40);
    expect(b.longest.x2).toBeGreaterThan(LONGEST_CRITICAL_X2);
    expect(quizBalanceProblems(b)).toHaveLength(1);
    expect(quizBalanceProblems(b)[0]).toMatch(/longest in 40 of 56/);
  });

  it("fails when the right answer is almost never the longest (the test is two-sided)", () => {
    const qs = [...Array(56)].map((_, n) => question(n, n % 4, 5));
    expect(quizBalance(qs).longest.passes).toBe(false);
  });

  it("passes a set that looks like chance, and ignores multiple-choice questions", () => {
    const qs = [...Array(56)].map((_, n) => question(n, n % 4, n % 4 === 0 ? 60 : 10));
    const multiple = { ...question(99, 0, 90), kind: "multiple" as const };
    const b = quizBalance([...qs, multiple]);
    expect(b.questions).toBe(56);
    expect(quizBalanceProblems(b)).toEqual([]);
  });
});
