import "server-only";
// The chapter a learn call names, from the validated content; unknown slugs are NOT_FOUND.
import { getCatalog } from "../../content/catalog";
import { chapterBySlug, type CatalogChapter } from "../../domain/catalog";
import { AppError } from "../../errors/app-error";

export function requireChapter(slug: string): CatalogChapter {
  const chapter = chapterBySlug(getCatalog(), slug);
  if (!chapter) throw new AppError("NOT_FOUND", `chapter: no chapter "${slug}"`);
  return chapter;
}

/** What a client may see of a learner's progress on one chapter. */
export const progressSelect = {
  chapterSlug: true,
  startedAt: true,
  completedAt: true,
  bestScore: true,
  quizTotal: true,
  lastActivityAt: true,
} as const;
