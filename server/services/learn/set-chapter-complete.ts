import "server-only";
// Marking a chapter complete (or not): one row per user and chapter, created if missing, so two
// calls at once end in the same state as one.
import type { Db } from "../../db/connection";
import type { Actor } from "../actor";
import { ensureProgressRow, progressSelect, requireChapter } from "./chapter";

export async function setChapterComplete(db: Db, actor: Actor, input: { chapter: string; complete: boolean }) {
  const { slug } = requireChapter(input.chapter);
  const now = new Date();
  const completedAt = input.complete ? now : null;
  await ensureProgressRow(db, actor.user.id, slug);
  return db.chapterProgress.update({
    where: { userId_chapterSlug: { userId: actor.user.id, chapterSlug: slug } },
    data: { completedAt, lastActivityAt: now },
    select: progressSelect,
  });
}
