import "server-only";
// Ticks on a guide's "Apply it" checklist, per user. Only items the guide has can be ticked, so a
// caller cannot fill the table with made-up keys; ticking twice or unticking twice is harmless.
import type { Db } from "../../db/connection";
import type { Actor } from "../actor";
import { requireChapter } from "./chapter";

export async function listChecklistTicks(db: Db, actor: Actor, input: { chapter: string }) {
  const chapter = requireChapter(input.chapter);
  const rows = await db.checklistTick.findMany({
    where: { userId: actor.user.id, chapterSlug: chapter.slug },
    select: { itemKey: true },
  });
  const ticked = new Set(rows.map((r) => r.itemKey));
  // Items whose wording changed since they were ticked are no longer shown as ticked.
  return { ticked: chapter.checklist.filter((key) => ticked.has(key)) };
}
