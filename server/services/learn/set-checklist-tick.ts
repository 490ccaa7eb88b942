import "server-only";
// Ticks on a guide's "Apply it" checklist, per user. Only items the guide has can be ticked, so a
// caller cannot fill the table with made-up keys; ticking twice or unticking twice is harmless.
import type { Db } from "../../db/connection";
import { AppError } from "../../errors/app-error";
import type { Actor } from "../actor";
import { requireChapter } from "./chapter";
import { listChecklistTicks } from "./list-checklist-ticks";

export async function setChecklistTick(db: Db, actor: Actor, input: { chapter: string; item: string; done: boolean }) {
  const chapter = requireChapter(input.chapter);
  if (!chapter.checklist.includes(input.item)) throw new AppError("NOT_FOUND", `item: this chapter's checklist has no item "${input.item}"`);
  const key = { userId: actor.user.id, chapterSlug: chapter.slug, itemKey: input.item };
  if (input.done) {
    // INSERT … ON CONFLICT DO NOTHING: ticking twice at once is not an error.
    await db.checklistTick.createMany({ data: [key], skipDuplicates: true });
  } else {
    await db.checklistTick.deleteMany({ where: key });
  }
  return listChecklistTicks(db, actor, { chapter: chapter.slug });
}
