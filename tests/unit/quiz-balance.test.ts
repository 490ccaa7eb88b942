// The statistical rules behind "a quiz cannot be passed without reading".
import { describe, expect, it } from "vitest";
import type { QuizQuestion } from "../../server/content/schemas";
import { CHI2_DF3_CRITICAL, Z_CRITICAL, quizBalance, quizBalanceProblems } from "../../server/content/quiz-balance";

/** A question whose options have the given lengths; `correct` lists the indexes of the right ones. */
function question(n: number, lengths: number[], correct: number[], texts: string[] = []): QuizQuestion {
  return {
    id: `q${n}`,
    prompt: "A question long enough",
    kind: correct.length === 1 ? "single" : "multiple",
    options: lengths.map((len, i) => {
      const text = texts[i] ?? "x".repeat(len);
      return { id: `o${i}`, text: text.padEnd(len, "x"), correct: correct.includes(i), explanation: "Because of reasons." };
    }),
  };
}
const multiple = (q: QuizQuestion): QuizQuestion => ({ ...q, kind: "multiple" });

/** Four-option single-choice questions, correct at position n % 4, its length rank given by `rank` (0 = longest). */
function ranked(count: number, rank: (n: number) => number): QuizQuestion[] {
  return [...Array(count)].map((_, n) => {
    const at = n % 4;
    const slots = [40, 30, 20, 10];
    const distractorSlots = slots.filter((_, j) => j !== rank(n));
    const lengths = [0, 1, 2, 3].map((i) => (i === at ? slots[rank(n)]! : distractorSlots[i < at ? i : i - 1]!));
    return question(n, lengths, [at]);
  });
}

/** Balanced multiple-choice questions: 1, 2 or 3 correct of 4, the correct ones at rotating lengths. */
function balancedMultiple(count: number): QuizQuestion[] {
  return [...Array(count)].map((_, n) => {
    const c = (n % 3) + 1;
    const correct = [...Array(c)].map((_, j) => (n + j) % 4);
    return multiple(question(n, [10, 20, 30, 40], correct));
  });
}

describe("quiz balance, single choice", () => {
  it("fails when the first option is nearly always right, naming observed and expected counts", () => {
    const qs = [...Array(56)].map((_, n) => question(n, [22, 20, 25, 30].map((l, i) => l + ((n + i) % 3)), [n % 14 === 0 ? 1 : 0]));
    const b = quizBalance(qs);
    expect(b.position.observed).toEqual([52, 4, 0, 0]);
    expect(b.position.expected).toEqual([14, 14, 14, 14]);
    expect(b.position.x2).toBeGreaterThan(CHI2_DF3_CRITICAL);
    expect(quizBalanceProblems(b).join("\n")).toMatch(/observed 52, 4, 0, 0, expected 14, 14, 14, 14/);
  });

  it("fails when the right answer is the longest far more often than one in four", () => {
    const b = quizBalance(ranked(56, (n) => (n < 40 ? 0 : n % 4)));
    expect(b.position.passes).toBe(true);
    expect(b.lengthRank.observed[0]).toBe(40 + 4);
    expect(quizBalanceProblems(b)).toHaveLength(1);
    expect(quizBalanceProblems(b)[0]).toMatch(/length rank is far from chance .*observed 44, 4, 4, 4, expected 14, 14, 14, 14/);
  });

  it("fails when the right answer is the second-longest most of the time, though rarely the longest", () => {
    const b = quizBalance(ranked(56, (n) => (n % 8 === 0 ? 0 : n % 8 === 4 ? 3 : 1)));
    expect(b.lengthRank.observed).toEqual([7, 42, 0, 7]);
    expect(b.lengthRank.passes).toBe(false);
  });

  it("fails when the right answer is almost never the longest (the test is two-sided)", () => {
    expect(quizBalance(ranked(56, (n) => 1 + (n % 3))).lengthRank.passes).toBe(false);
  });

  it("spreads a correct option tied in length over the ranks it could take", () => {
    const b = quizBalance([question(0, [10, 30, 30, 20], [1])]);
    expect(b.lengthRank.observed).toEqual([0.5, 0.5, 0, 0]);
  });

  it("passes when position and length rank look like chance", () => {
    const b = quizBalance([...ranked(64, (n) => Math.floor(n / 4) % 4), ...balancedMultiple(12)]);
    expect(b.questions).toBe(64);
    expect(b.lengthRank.observed).toEqual([16, 16, 16, 16]);
    expect(quizBalanceProblems(b)).toEqual([]);
  });
});

describe("quiz balance, multiple choice", () => {
  it("fails when ticking all but the shortest option works", () => {
    const qs = [...balancedMultiple(12), ...[...Array(12)].map((_, n) => multiple(question(n, [35, 12, 30, 40], [0, 2, 3])))];
    const b = quizBalance(qs);
    expect(b.multiple.lengthRank.z).toBeGreaterThan(Z_CRITICAL);
    expect(quizBalanceProblems(b).join("\n")).toMatch(/in 24 multiple-choice questions the correct options are longer than the wrong ones/);
  });

  it("fails when the correct options are systematically the shorter ones (two-sided)", () => {
    const qs = [...Array(18)].map((_, n) => multiple(question(n, [10, 20, 30, 40], n % 2 ? [0] : [0, 1])));
    expect(quizBalance(qs).multiple.lengthRank.z).toBeLessThan(-Z_CRITICAL);
  });

  it("fails when most questions have the same number of correct options, or of wrong ones", () => {
    // 14 of 20 have three correct of four: 70% share both counts.
    const threeOfFour = [...Array(14)].map((_, n) => multiple(question(n, [10, 20, 30, 40], [n % 4, (n + 1) % 4, (n + 2) % 4])));
    const b = quizBalance([...threeOfFour, ...balancedMultiple(6).filter((q) => q.options.filter((o) => o.correct).length !== 3)]);
    const problems = quizBalanceProblems(b).join("\n");
    expect(problems).toMatch(/14 of 18 multiple-choice questions \(78%\) have exactly 3 correct options/);
    expect(problems).toMatch(/have exactly 1 wrong option;/);
  });

  it("passes multiple-choice questions with varied counts and no length cue", () => {
    const b = quizBalance(balancedMultiple(24));
    expect(b.multiple.questions).toBe(24);
    expect(Math.abs(b.multiple.lengthRank.z)).toBeLessThan(1);
    expect(b.multiple.correctCount.share).toBeCloseTo(1 / 3);
    expect(quizBalanceProblems(b)).toEqual([]);
  });
});

/** Forty single-choice questions of equal lengths whose correct and wrong options read as given. */
const words = (n: number, correctText: string, wrongText: string) =>
  question(n, [40, 40, 40, 40].map((l, i) => l + ((n + i) % 4)), [n % 4], [0, 1, 2, 3].map((i) => (i === n % 4 ? correctText : wrongText)));

describe("quiz balance, absolute words", () => {
  it("fails when distractors carry always/never/only far more often than correct options", () => {
    const qs = [...Array(40)].map((_, n) => words(n, "It depends on the traffic", n % 2 ? "It never matters at all" : "It is always the database"));
    const b = quizBalance(qs);
    expect(b.absolute.distractors).toEqual([120, 120]);
    expect(b.absolute.correct).toEqual([0, 40]);
    expect(quizBalanceProblems(b).join("\n")).toMatch(/absolute words .* are in 120 of 120 wrong options but 0 of 40 correct ones/);
  });

  it("counts whole words only, and passes when both kinds use them alike", () => {
    const qs = [...Array(40)].map((_, n) => words(n, n % 3 ? "Everything is fine here" : "Only the log is kept", n % 3 ? "Nevertheless it is slow" : "It must be retrained"));
    const b = quizBalance(qs);
    expect(b.absolute.correct[0]).toBe(14);
    expect(b.absolute.distractors[0]).toBe(42);
    expect(b.absolute.passes).toBe(true);
  });
});

describe("quiz balance, hedged words", () => {
  it("fails when the right answers are the carefully qualified ones among blunt distractors", () => {
    const qs = [...Array(40)].map((_, n) => words(n, "It usually depends on the traffic", "It is the database"));
    const b = quizBalance(qs);
    expect(b.hedged.correct).toEqual([40, 40]);
    expect(b.hedged.distractors).toEqual([0, 120]);
    expect(quizBalanceProblems(b).join("\n")).toMatch(/hedged words .* are in 0 of 120 wrong options but 40 of 40 correct ones/);
  });

  it("passes when both kinds qualify their claims alike, counting whole words only", () => {
    const qs = [...Array(40)].map((_, n) => words(n, n % 4 ? "Scanning the canary" : "It may drift", n % 4 ? "Mayday on the canal" : "It can be cached"));
    const b = quizBalance(qs);
    expect(b.hedged.correct[0]).toBe(10);
    expect(b.hedged.distractors[0]).toBe(30);
    expect(b.hedged.passes).toBe(true);
  });
});
