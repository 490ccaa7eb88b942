// Can a quiz be passed without reading? Two cues a test-wise reader uses on single-choice
// questions: the correct option's authored position, and the correct option being the longest.
// Across every single-choice question of every guide, both must look like chance.
//
// The rule, stated once:
// - Null hypothesis: where the correct option sits, and whether it is the longest, is unrelated
//   to its being correct. For a question with k options, the correct one is then at each position
//   with probability 1/k, and is the strictly longest option (by characters) with probability at
//   most 1/k (exactly 1/k when lengths never tie).
// - Position: Pearson chi-square goodness of fit over four cells, positions 1, 2, 3 and "4 or
//   later", with expected count for position j the sum over questions of 1/k (cell "4 or later":
//   the sum of (k − 3)/k). Three degrees of freedom; the check fails when X² exceeds 11.345, the
//   critical value at significance 0.01.
// - Longest: chi-square over two cells, "correct option is the longest" and "is not", expected
//   E = sum of 1/k and N − E. One degree of freedom; fails when X² exceeds 6.635 (significance
//   0.01). The test is two-sided: a correct option that is almost never the longest is a cue too.
// With about 55 questions of four options the expected counts are near 14 per cell, well above
// the usual minimum of 5 for the chi-square approximation.
import type { QuizQuestion } from "./schemas";

export const POSITION_CRITICAL_X2 = 11.345; // chi-square, df 3, alpha 0.01
export const LONGEST_CRITICAL_X2 = 6.635; // chi-square, df 1, alpha 0.01
const POSITION_CELLS = ["1st", "2nd", "3rd", "4th or later"] as const;

export interface CueTest {
  observed: number[];
  expected: number[];
  x2: number;
  critical: number;
  passes: boolean;
}

export interface QuizBalance {
  questions: number;
  position: CueTest;
  longest: CueTest;
}

function chiSquare(observed: number[], expected: number[], critical: number): CueTest {
  const x2 = observed.reduce((sum, o, i) => sum + (o - expected[i]!) ** 2 / expected[i]!, 0);
  return { observed, expected, x2, critical, passes: x2 <= critical };
}

export function quizBalance(questions: QuizQuestion[]): QuizBalance {
  const single = questions.filter((q) => q.kind === "single");
  const positionObserved = [0, 0, 0, 0];
  const positionExpected = [0, 0, 0, 0];
  let longest = 0;
  let longestExpected = 0;
  for (const q of single) {
    const k = q.options.length;
    const at = q.options.findIndex((o) => o.correct);
    positionObserved[Math.min(at, 3)]! += 1;
    for (let j = 0; j < k; j++) positionExpected[Math.min(j, 3)]! += 1 / k;
    const right = q.options[at]!.text.length;
    if (q.options.every((o, i) => i === at || o.text.length < right)) longest += 1;
    longestExpected += 1 / k;
  }
  return {
    questions: single.length,
    position: chiSquare(positionObserved, positionExpected, POSITION_CRITICAL_X2),
    longest: chiSquare([longest, single.length - longest], [longestExpected, single.length - longestExpected], LONGEST_CRITICAL_X2),
  };
}

/** Problems for the content check: empty when both cues look like chance. */
export function quizBalanceProblems(b: QuizBalance): string[] {
  const problems: string[] = [];
  const fmt = (xs: number[]) => xs.map((x) => (Number.isInteger(x) ? String(x) : x.toFixed(1))).join(", ");
  if (!b.position.passes) {
    problems.push(
      `content/chapters: the correct option's authored position is far from chance across ${b.questions} single-choice questions ` +
        `(positions ${POSITION_CELLS.join(", ")}: observed ${fmt(b.position.observed)}, expected ${fmt(b.position.expected)}; ` +
        `chi-square ${b.position.x2.toFixed(2)} exceeds ${b.position.critical} at significance 0.01). Move correct options to other positions.`,
    );
  }
  if (!b.longest.passes) {
    problems.push(
      `content/chapters: the correct option is the longest in ${b.longest.observed[0]} of ${b.questions} single-choice questions, ` +
        `expected ${b.longest.expected[0]!.toFixed(1)} by chance (chi-square ${b.longest.x2.toFixed(2)} exceeds ${b.longest.critical} at significance 0.01). ` +
        `Make distractors as specific as the right answer, or the right answer as plain as the distractors.`,
    );
  }
  return problems;
}
