// Can a quiz be passed without reading? The cues a test-wise reader uses, tested across every
// question of every guide; each must look like chance. Length is counted in characters.
//
// The rules, stated once (every test at significance 0.01):
// - Single choice, position. Null hypothesis: the correct option of a k-option question sits at
//   each authored position with probability 1/k. Pearson chi-square over positions 1, 2, 3 and
//   "4 or later", expected count of position j the sum over questions of 1/k ("4 or later": the
//   sum of (k − 3)/k). Three degrees of freedom; fails above 11.345.
// - Single choice, length rank. Rank the options of each question by length, 1 = longest, k =
//   shortest. Null hypothesis: the correct option's rank is uniform over 1..k. Chi-square over
//   four cells, "longest", "second-longest", "in between" (ranks 3 .. k−1) and "shortest", with
//   expected counts the sums of 1/k, 1/k, (k − 3)/k and 1/k. Three degrees of freedom; fails above
//   11.345. A correct option tied in length with t others spreads its count evenly over the t + 1
//   ranks it could take. This catches "pick the longest", "pick the second-longest" and "never
//   the shortest" alike.
// - Multiple choice, length. Within each question, rank the options by length (1 = shortest,
//   mid-ranks for ties) and sum the ranks of the correct ones: Wilcoxon's rank sum W with
//   E[W] = c(k + 1)/2 and Var[W] = c(k − c)/12 · ((k + 1) − Σ(t³ − t)/(k(k − 1))) for c correct of
//   k options and tie groups of size t. Summed over questions (a stratified rank-sum test),
//   z = (ΣW − ΣE) / √ΣVar; two-sided, fails when |z| exceeds 2.576. Catches "tick the long ones"
//   and "tick all but the shortest".
// - Multiple choice, count. Not a test but a cap: no number of correct options, and no number of
//   wrong options, may be shared by more than 60% of multiple-choice questions, so neither "tick
//   three" nor "tick all but one" pays.
// - Absolute words. The share of distractors containing always, never, only, cannot, must, none
//   or every (whole words, any case) against the share of correct options that do, over all
//   options of all questions: two-proportion z-test with pooled variance, two-sided, fails when
//   |z| exceeds 2.576. A giveaway word belongs in neither kind of option more than the other.
// - Hedged words. The same test for usually, often, can, may, might, typically, generally, most,
//   likely and tend(s): a carefully qualified answer among blunt distractors is the mirror cue.
// With about 55 single-choice questions the expected chi-square counts are near 14 per cell,
// above the usual minimum of 5.
import type { QuizQuestion } from "./schemas";

export const CHI2_DF3_CRITICAL = 11.345; // chi-square, df 3, alpha 0.01
export const Z_CRITICAL = 2.576; // standard normal, two-sided, alpha 0.01
export const MAX_SAME_COUNT_SHARE = 0.6;
export const ABSOLUTE_WORDS = /\b(always|never|only|cannot|must|none|every)\b/i;
export const HEDGED_WORDS = /\b(usually|often|can|may|might|typically|generally|most|likely|tends?)\b/i;
const POSITION_CELLS = ["1st", "2nd", "3rd", "4th or later"] as const;
const RANK_CELLS = ["longest", "second-longest", "in between", "shortest"] as const;

export interface CueTest {
  observed: number[];
  expected: number[];
  x2: number;
  critical: number;
  passes: boolean;
}

export interface ZTest {
  z: number;
  critical: number;
  passes: boolean;
}

export interface CountCap {
  /** The most common value and how many questions share it. */
  value: number;
  questions: number;
  share: number;
  passes: boolean;
}

export interface QuizBalance {
  questions: number;
  position: CueTest;
  lengthRank: CueTest;
  multiple: {
    questions: number;
    lengthRank: ZTest & { rankSum: number; expected: number };
    correctCount: CountCap;
    wrongCount: CountCap;
  };
  absolute: WordingTest;
  hedged: WordingTest;
}

/** How many wrong and correct options use a kind of wording, and whether the shares differ. */
export type WordingTest = ZTest & { distractors: [number, number]; correct: [number, number] };

function chiSquare(observed: number[], expected: number[], critical: number): CueTest {
  // Cells no question can reach (expected 0, so observed 0) add nothing.
  const x2 = observed.reduce((sum, o, i) => (expected[i]! > 0 ? sum + (o - expected[i]!) ** 2 / expected[i]! : sum), 0);
  return { observed, expected, x2, critical, passes: x2 <= critical };
}

function zTest(z: number): ZTest {
  return { z, critical: Z_CRITICAL, passes: Math.abs(z) <= Z_CRITICAL };
}

function rankCell(rank: number, k: number): number {
  if (rank === 1) return 0;
  if (rank === k) return 3;
  return rank === 2 ? 1 : 2;
}

/** Mid-ranks by length, 1 = shortest. */
function midRanks(lengths: number[]): number[] {
  return lengths.map((l) => lengths.filter((m) => m < l).length + (lengths.filter((m) => m === l).length + 1) / 2);
}

function countCap(values: number[]): CountCap {
  const tally = new Map<number, number>();
  for (const v of values) tally.set(v, (tally.get(v) ?? 0) + 1);
  const [value, questions] = [...tally].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [0, 0];
  const share = values.length ? questions / values.length : 0;
  return { value, questions, share, passes: share <= MAX_SAME_COUNT_SHARE };
}

export function quizBalance(questions: QuizQuestion[]): QuizBalance {
  const single = questions.filter((q) => q.kind === "single");
  const positionObserved = [0, 0, 0, 0];
  const positionExpected = [0, 0, 0, 0];
  const rankObserved = [0, 0, 0, 0];
  const rankExpected = [0, 0, 0, 0];
  for (const q of single) {
    const k = q.options.length;
    const at = q.options.findIndex((o) => o.correct);
    positionObserved[Math.min(at, 3)]! += 1;
    for (let j = 0; j < k; j++) positionExpected[Math.min(j, 3)]! += 1 / k;
    const right = q.options[at]!.text.length;
    const longer = q.options.filter((o) => o.text.length > right).length;
    const tied = q.options.filter((o) => o.text.length === right).length - 1;
    for (let r = longer + 1; r <= longer + 1 + tied; r++) rankObserved[rankCell(r, k)]! += 1 / (tied + 1);
    for (let r = 1; r <= k; r++) rankExpected[rankCell(r, k)]! += 1 / k;
  }

  const multiple = questions.filter((q) => q.kind === "multiple");
  let rankSum = 0;
  let rankSumExpected = 0;
  let rankSumVariance = 0;
  for (const q of multiple) {
    const k = q.options.length;
    const c = q.options.filter((o) => o.correct).length;
    const lengths = q.options.map((o) => o.text.length);
    const ranks = midRanks(lengths);
    rankSum += q.options.reduce((s, o, i) => (o.correct ? s + ranks[i]! : s), 0);
    rankSumExpected += (c * (k + 1)) / 2;
    const ties = [...new Set(lengths)].map((l) => lengths.filter((m) => m === l).length).reduce((s, t) => s + t ** 3 - t, 0);
    rankSumVariance += ((c * (k - c)) / 12) * (k + 1 - ties / (k * (k - 1)));
  }
  const rankZ = rankSumVariance > 0 ? (rankSum - rankSumExpected) / Math.sqrt(rankSumVariance) : 0;

  const options = questions.flatMap((q) => q.options);
  return {
    questions: single.length,
    position: chiSquare(positionObserved, positionExpected, CHI2_DF3_CRITICAL),
    lengthRank: chiSquare(rankObserved, rankExpected, CHI2_DF3_CRITICAL),
    multiple: {
      questions: multiple.length,
      lengthRank: { ...zTest(rankZ), rankSum, expected: rankSumExpected },
      correctCount: countCap(multiple.map((q) => q.options.filter((o) => o.correct).length)),
      wrongCount: countCap(multiple.map((q) => q.options.filter((o) => !o.correct).length)),
    },
    absolute: wordingTest(options, ABSOLUTE_WORDS),
    hedged: wordingTest(options, HEDGED_WORDS),
  };
}

/** Two-proportion z-test (pooled variance): wrong options using the wording against correct ones. */
function wordingTest(options: QuizQuestion["options"], words: RegExp): WordingTest {
  const share = (correct: boolean): [number, number] => {
    const group = options.filter((o) => o.correct === correct);
    return [group.filter((o) => words.test(o.text)).length, group.length];
  };
  const [dx, dn] = share(false);
  const [cx, cn] = share(true);
  const pooled = dn + cn ? (dx + cx) / (dn + cn) : 0;
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / Math.max(dn, 1) + 1 / Math.max(cn, 1)));
  const z = se > 0 ? (dx / dn - cx / cn) / se : 0;
  return { ...zTest(z), distractors: [dx, dn], correct: [cx, cn] };
}

/** Problems for the content check: empty when every cue looks like chance. */
export function quizBalanceProblems(b: QuizBalance): string[] {
  const problems: string[] = [];
  const fmt = (xs: number[]) => xs.map((x) => (Number.isInteger(x) ? String(x) : x.toFixed(1))).join(", ");
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  if (!b.position.passes) {
    problems.push(
      `content/chapters: the correct option's authored position is far from chance across ${b.questions} single-choice questions ` +
        `(positions ${POSITION_CELLS.join(", ")}: observed ${fmt(b.position.observed)}, expected ${fmt(b.position.expected)}; ` +
        `chi-square ${b.position.x2.toFixed(2)} exceeds ${b.position.critical} at significance 0.01). Move correct options to other positions.`,
    );
  }
  if (!b.lengthRank.passes) {
    problems.push(
      `content/chapters: the correct option's length rank is far from chance across ${b.questions} single-choice questions ` +
        `(${RANK_CELLS.join(", ")}: observed ${fmt(b.lengthRank.observed)}, expected ${fmt(b.lengthRank.expected)}; ` +
        `chi-square ${b.lengthRank.x2.toFixed(2)} exceeds ${b.lengthRank.critical} at significance 0.01). ` +
        `Make distractors as specific as the right answer, or the right answer as plain as the distractors.`,
    );
  }
  const m = b.multiple;
  if (!m.lengthRank.passes) {
    problems.push(
      `content/chapters: in ${m.questions} multiple-choice questions the correct options are ${m.lengthRank.z > 0 ? "longer" : "shorter"} than the wrong ones ` +
        `(length rank sum ${m.lengthRank.rankSum.toFixed(1)}, expected ${m.lengthRank.expected.toFixed(1)}; z ${m.lengthRank.z.toFixed(2)} beyond ±${Z_CRITICAL} at significance 0.01).`,
    );
  }
  for (const [cap, what] of [
    [m.correctCount, "correct"],
    [m.wrongCount, "wrong"],
  ] as const) {
    if (!cap.passes) {
      problems.push(
        `content/chapters: ${cap.questions} of ${m.questions} multiple-choice questions (${pct(cap.share)}) have exactly ${cap.value} ${what} option${cap.value === 1 ? "" : "s"}; ` +
          `at most ${pct(MAX_SAME_COUNT_SHARE)} may share one count. Vary how many options are ${what}.`,
      );
    }
  }
  if (!b.absolute.passes) {
    const [dx, dn] = b.absolute.distractors;
    const [cx, cn] = b.absolute.correct;
    problems.push(
      `content/chapters: absolute words (always, never, only, cannot, must, none, every) are in ${dx} of ${dn} wrong options but ${cx} of ${cn} correct ones ` +
        `(z ${b.absolute.z.toFixed(2)} beyond ±${Z_CRITICAL} at significance 0.01). Reword the giveaways.`,
    );
  }
  if (!b.hedged.passes) {
    const [dx, dn] = b.hedged.distractors;
    const [cx, cn] = b.hedged.correct;
    problems.push(
      `content/chapters: hedged words (usually, often, can, may, might, typically, generally, most, likely, tend) are in ${dx} of ${dn} wrong options but ${cx} of ${cn} correct ones ` +
        `(z ${b.hedged.z.toFixed(2)} beyond ±${Z_CRITICAL} at significance 0.01). Qualify distractors as carefully as the right answers, or state the right answers as plainly.`,
    );
  }
  return problems;
}
