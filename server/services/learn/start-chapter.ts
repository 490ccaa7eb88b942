import "server-only";
// Opening a chapter: one row per user and chapter, upserted, so
// two calls at once end in the same state as one.
import type { Db } from "../../db/connection";
import type { Actor } from "../actor";
import { progressSelect, requireChapter } from "./chapter";

export async function startChapter(db: Db, actor: Actor, input: { chapter: string }) {
  const { slug } = requireChapter(input.chapter);
  return db.chapterProgress.upsert({
    where: { userId_chapterSlug: { userId: actor.user.id, chapterSlug: slug } },
    create: { userId: actor.user.id, chapterSlug: slug },
    update: { lastActivityAt: new Date() },
    select: progressSelect,
  });
}
