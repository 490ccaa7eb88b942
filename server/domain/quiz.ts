// Quizzes: what the browser may see before answering, the order it sees the options in, and
// grading on the server. Options are named by their authored ids everywhere; their position on
// screen means nothing to the grader.
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { mersenne } from "pure-rand/generator/mersenne";
import type { QuizQuestion } from "../content/schemas";

export interface PublicQuestion {
  id: string;
  prompt: string;
  kind: "single" | "multiple";
  options: { id: string; text: string }[];
}

/** Strips correctness and explanations: those are only revealed by grading. */
export function toPublicQuiz(questions: QuizQuestion[]): PublicQuestion[] {
  return questions.map((q) => ({ id: q.id, prompt: q.prompt, kind: q.kind, options: q.options.map((o) => ({ id: o.id, text: o.text })) }));
}

/**
 * The same questions with each question's options in a seeded random order (Fisher–Yates).
 * One seed always gives one order, so a reader who reloads mid-attempt sees the same quiz; the
 * service derives the seed from the user, the chapter and the attempt number.
 */
export function shuffleOptions(questions: QuizQuestion[], seed: number): QuizQuestion[] {
  const rng = mersenne(seed);
  return questions.map((q) => {
    const options = [...q.options];
    for (let i = options.length - 1; i > 0; i--) {
      const j = uniformInt(rng, 0, i);
      [options[i], options[j]] = [options[j]!, options[i]!];
    }
    return { ...q, options };
  });
}

/** Question id → the ids of the options chosen. */
export type QuizAnswers = Record<string, string[]>;

export interface QuestionResult {
  id: string;
  correct: boolean;
  selected: string[];
  correctOptions: string[];
  explanations: { id: string; text: string; correct: boolean }[];
}

export interface QuizGrade {
  score: number;
  total: number;
  results: QuestionResult[];
}

export class QuizAnswerError extends Error {}

export function gradeQuiz(questions: QuizQuestion[], answers: QuizAnswers): QuizGrade {
  const known = new Set(questions.map((q) => q.id));
  for (const id of Object.keys(answers)) if (!known.has(id)) throw new QuizAnswerError(`answers: "${id}" is not a question of this quiz`);
  const results = questions.map((q) => {
    const selected = [...new Set(answers[q.id] ?? [])].sort();
    if (selected.length === 0) throw new QuizAnswerError(`answers: question ${q.id} has no answer; answer every question`);
    const optionIds = new Set(q.options.map((o) => o.id));
    if (selected.some((id) => !optionIds.has(id))) throw new QuizAnswerError(`answers: question ${q.id} names an option that does not exist`);
    if (q.kind === "single" && selected.length > 1) throw new QuizAnswerError(`answers: question ${q.id} takes exactly one answer`);
    const correctOptions = q.options.filter((o) => o.correct).map((o) => o.id).sort();
    return {
      id: q.id,
      correct: selected.join("\n") === correctOptions.join("\n"),
      selected,
      correctOptions,
      explanations: q.options.map((o) => ({ id: o.id, text: o.explanation, correct: o.correct })),
    };
  });
  return { score: results.filter((r) => r.correct).length, total: questions.length, results };
}
