// Quizzes: what the browser may see before answering, and grading on the server.
import type { QuizQuestion } from "../content/schemas";

export interface PublicQuestion {
  id: string;
  prompt: string;
  kind: "single" | "multiple";
  options: { index: number; text: string }[];
}

/** Strips correctness and explanations: those are only revealed by grading. */
export function toPublicQuiz(questions: QuizQuestion[]): PublicQuestion[] {
  return questions.map((q) => ({ id: q.id, prompt: q.prompt, kind: q.kind, options: q.options.map((o, index) => ({ index, text: o.text })) }));
}

export type QuizAnswers = Record<string, number[]>;

export interface QuestionResult {
  id: string;
  correct: boolean;
  selected: number[];
  correctOptions: number[];
  explanations: { index: number; text: string; correct: boolean }[];
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
    const selected = [...new Set(answers[q.id] ?? [])].sort((a, b) => a - b);
    if (selected.length === 0) throw new QuizAnswerError(`answers: question ${q.id} has no answer; answer every question`);
    if (selected.some((i) => !Number.isInteger(i) || i < 0 || i >= q.options.length)) throw new QuizAnswerError(`answers: question ${q.id} names an option that does not exist`);
    if (q.kind === "single" && selected.length > 1) throw new QuizAnswerError(`answers: question ${q.id} takes exactly one answer`);
    const correctOptions = q.options.flatMap((o, i) => (o.correct ? [i] : []));
    return {
      id: q.id,
      correct: selected.join() === correctOptions.join(),
      selected,
      correctOptions,
      explanations: q.options.map((o, index) => ({ index, text: o.explanation, correct: o.correct })),
    };
  });
  return { score: results.filter((r) => r.correct).length, total: questions.length, results };
}
