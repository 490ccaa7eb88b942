// Rules for a round's life: when it may be opened, when it is due to close, what an answer may hold,
// and whether a respondent's answers are complete enough to submit.
import type { RubricQuestion } from "./rubric";

export const MAX_ROUND_DAYS = 366;

export interface DraftAnswer {
  itemId: string;
  level: number | null; // null: don't know
}

/** A refusal sentence for a closing date, or null when acceptable. */
export function checkClosesAt(closesAt: Date, now: Date): string | null {
  if (closesAt.getTime() <= now.getTime() + 60_000) return "closesAt: must be a day in the future";
  if (closesAt.getTime() - now.getTime() > MAX_ROUND_DAYS * 86_400_000) return "closesAt: must be at most a year away (a round can stay open for at most a year)";
  return null;
}

/** An open round whose closing date has passed: closed (as of that date) by the next request that touches it or the scheduled check. */
export function isDueToClose(round: { status: "OPEN" | "CLOSED"; closesAt: Date }, now: Date): boolean {
  return round.status === "OPEN" && round.closesAt.getTime() <= now.getTime();
}

/** A refusal sentence for answers that do not fit the rubric, or null. */
export function checkAnswers(questions: RubricQuestion[], answers: DraftAnswer[]): string | null {
  const byId = new Map(questions.map((q) => [q.id, q]));
  for (const a of answers) {
    const q = byId.get(a.itemId);
    if (!q) return `answers: "${a.itemId}" is not an item of this round's rubric`;
    if (a.level !== null && (!Number.isInteger(a.level) || a.level < 0 || a.level > q.maxLevel)) {
      return `answers: the level for "${a.itemId}" must be between 0 and ${q.maxLevel}`;
    }
  }
  if (new Set(answers.map((a) => a.itemId)).size !== answers.length) return "answers: each item may be answered once";
  return null;
}

/** Items still without an answer (a level or "don't know"). */
export function missingItems(questions: RubricQuestion[], answeredItemIds: Iterable<string>): string[] {
  const answered = new Set(answeredItemIds);
  return questions.filter((q) => !answered.has(q.id)).map((q) => q.id);
}
