// Helpers for assess integration tests: open a round, answer every item of it.
import type { Caller } from "./world";

export const MATURITY = "causeway-maturity";
export const ML_TEST_SCORE = "ml-test-score";

export function inAWeek() {
  return new Date(Date.now() + 7 * 86_400_000);
}

export async function openRound(
  as: Caller,
  projectId: string,
  inviteeIds: string[],
  opts: { anonymous?: boolean; templateId?: string; title?: string } = {},
) {
  return as.assess.openRound({
    projectId,
    title: opts.title ?? "Q3 review",
    closesAt: inAWeek(),
    rubric: { templateId: opts.templateId ?? MATURITY },
    anonymous: opts.anonymous ?? false,
    inviteeIds,
  });
}

/** Answers every item: level from `levelFor` (null = don't know), with a note, then submits unless told not to. */
export async function answerAll(
  as: Caller,
  roundId: string,
  opts: { levelFor?: (itemId: string, index: number, maxLevel: number) => number | null; note?: string; submit?: boolean } = {},
) {
  const view = await as.assess.getRound({ roundId });
  const answers = view.rubric.questions.map((q, i) => {
    const level = opts.levelFor ? opts.levelFor(q.id, i, q.maxLevel) : Math.min(2, q.maxLevel);
    return { itemId: q.id, level, dontKnow: level === null, note: opts.note ?? "" };
  });
  return as.assess.saveAnswers({ roundId, answers, submit: opts.submit ?? true });
}
