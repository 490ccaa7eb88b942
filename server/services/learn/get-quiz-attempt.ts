import "server-only";
// The quiz as the caller sees it on their next attempt: questions without answers, each
// question's options in an order seeded by (user, chapter, attempt number). Reloading before
// submitting gives the same order; submitting starts the next attempt and a new order.
import { createHash } from "node:crypto";
import type { Db } from "../../db/connection";
import { shuffleOptions, toPublicQuiz } from "../../domain/quiz";
import type { Actor } from "../actor";
import { requireChapter } from "./chapter";

export function quizSeed(userId: string, chapterSlug: string, attempt: number): number {
  return createHash("sha256").update(`${userId}\u0000${chapterSlug}\u0000${attempt}`).digest().readInt32BE(0);
}

export async function getQuizAttempt(db: Db, actor: Actor, input: { chapter: string }) {
  const chapter = requireChapter(input.chapter);
  const done = await db.quizAttempt.count({ where: { userId: actor.user.id, chapterSlug: chapter.slug } });
  const attempt = done + 1;
  return { attempt, questions: toPublicQuiz(shuffleOptions(chapter.quiz, quizSeed(actor.user.id, chapter.slug, attempt))) };
}
