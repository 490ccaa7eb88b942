import "server-only";
// Opening a chapter: one row per user and chapter, created if missing, so two calls at once end
// in the same state as one.
import type { Db } from "../../db/connection";
import type { Actor } from "../actor";
import { ensureProgressRow, progressSelect, requireChapter } from "./chapter";

export async function startChapter(db: Db, actor: Actor, input: { chapter: string }) {
  const { slug } = requireChapter(input.chapter);
  await ensureProgressRow(db, actor.user.id, slug);
  return db.chapterProgress.update({
    where: { userId_chapterSlug: { userId: actor.user.id, chapterSlug: slug } },
    data: { lastActivityAt: new Date() },
    select: progressSelect,
  });
}
