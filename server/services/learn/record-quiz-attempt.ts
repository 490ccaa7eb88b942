import "server-only";
// Grades a submitted quiz on the server, stores the attempt (answers as option ids) and raises the
// learner's best score. The best score only ever goes up, even when two attempts land at once:
// the raise is one conditional UPDATE that PostgreSQL re-checks after taking the row lock.
import type { Db } from "../../db/connection";
import { QuizAnswerError, gradeQuiz, type QuizAnswers, type QuizGrade } from "../../domain/quiz";
import { AppError } from "../../errors/app-error";
import type { Actor } from "../actor";
import { ensureProgressRow, requireChapter } from "./chapter";

export async function recordQuizAttempt(db: Db, actor: Actor, input: { chapter: string; answers: QuizAnswers }): Promise<QuizGrade> {
  const chapter = requireChapter(input.chapter);
  let grade: QuizGrade;
  try {
    grade = gradeQuiz(chapter.quiz, input.answers);
  } catch (e) {
    if (e instanceof QuizAnswerError) throw new AppError("BAD_REQUEST", e.message);
    throw e;
  }
  const userId = actor.user.id;
  const chapterSlug = chapter.slug;
  const answers = Object.fromEntries(grade.results.map((r) => [r.id, r.selected]));
  await db.$transaction(async (tx) => {
    await tx.quizAttempt.create({ data: { userId, chapterSlug, answers, score: grade.score, total: grade.total }, select: { id: true } });
    await ensureProgressRow(tx, userId, chapterSlug);
    await tx.chapterProgress.update({
      where: { userId_chapterSlug: { userId, chapterSlug } },
      data: { quizTotal: grade.total, lastActivityAt: new Date() },
      select: { userId: true },
    });
    await tx.chapterProgress.updateMany({
      where: { userId, chapterSlug, OR: [{ bestScore: null }, { bestScore: { lt: grade.score } }] },
      data: { bestScore: grade.score },
    });
  });
  return grade;
}
