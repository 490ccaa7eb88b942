"use server";
// The Learn pages' server actions: thin calls into the learn router (see server/api/action-result.ts).
import { toActionResult } from "~/server/api/action-result";
import { getServerCaller } from "~/server/api/rsc";
import type { QuizAnswers } from "~/server/domain/quiz";

export async function getMyProgress() {
  return toActionResult(async () => (await getServerCaller()).learn.myProgress());
}

export async function startChapter(chapter: string) {
  return toActionResult(async () => (await getServerCaller()).learn.startChapter({ chapter }));
}

export async function setChapterComplete(chapter: string, complete: boolean) {
  return toActionResult(async () => (await getServerCaller()).learn.setComplete({ chapter, complete }));
}

/** The quiz for the reader's next attempt, options in that attempt's order. */
export async function getQuiz(chapter: string) {
  return toActionResult(async () => (await getServerCaller()).learn.getQuiz({ chapter }));
}

export async function submitQuiz(chapter: string, answers: QuizAnswers) {
  return toActionResult(async () => (await getServerCaller()).learn.submitQuiz({ chapter, answers }));
}

export async function getMyChecklist(chapter: string) {
  return toActionResult(async () => (await getServerCaller()).learn.myChecklist({ chapter }));
}

export async function setChecklistItem(chapter: string, item: string, done: boolean) {
  return toActionResult(async () => (await getServerCaller()).learn.setChecklistItem({ chapter, item, done }));
}

/** The reader's recent projects, so "Apply it" can open the same step of their design document. */
export async function getMyRecentProjects() {
  return toActionResult(async () => (await getServerCaller()).project.recent({ limit: 3 }));
}
