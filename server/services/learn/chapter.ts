import "server-only";
// The chapter a learn call names, from the validated content; unknown slugs are NOT_FOUND.
import { getCatalog } from "../../content/catalog";
import type { Db } from "../../db/connection";
import { chapterBySlug, type CatalogChapter } from "../../content/build-catalog";
import { AppError } from "../../errors/app-error";

export function requireChapter(slug: string): CatalogChapter {
  const chapter = chapterBySlug(getCatalog(), slug);
  if (!chapter) throw new AppError("NOT_FOUND", `chapter: no chapter "${slug}"`);
  return chapter;
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * Makes sure the learner's progress row for a chapter exists. INSERT … ON CONFLICT DO NOTHING, so
 * two first calls at once both succeed (Prisma's upsert reads, then inserts, and one of two
 * concurrent inserts would fail on the primary key).
 */
export async function ensureProgressRow(db: Db | Tx, userId: string, chapterSlug: string): Promise<void> {
  await db.chapterProgress.createMany({ data: [{ userId, chapterSlug }], skipDuplicates: true });
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
