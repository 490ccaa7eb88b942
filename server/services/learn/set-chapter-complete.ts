import "server-only";
// Marking a chapter complete (or not): one row per user and chapter, upserted, so
// two calls at once end in the same state as one.
import type { Db } from "../../db/connection";
import type { Actor } from "../actor";
import { progressSelect, requireChapter } from "./chapter";

export async function setChapterComplete(db: Db, actor: Actor, input: { chapter: string; complete: boolean }) {
  const { slug } = requireChapter(input.chapter);
  const now = new Date();
  const completedAt = input.complete ? now : null;
  return db.chapterProgress.upsert({
    where: { userId_chapterSlug: { userId: actor.user.id, chapterSlug: slug } },
    create: { userId: actor.user.id, chapterSlug: slug, completedAt },
    update: { completedAt, lastActivityAt: now },
    select: progressSelect,
  });
}
