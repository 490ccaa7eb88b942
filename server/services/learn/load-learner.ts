import "server-only";
// A learner's chosen path and their progress on every chapter they have opened.
import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/connection";
import type { Actor } from "../actor";
import { progressSelect } from "./chapter";

export async function loadLearner(db: Db, actor: Actor) {
  const [user, progress] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: actor.user.id }, select: { learningPath: true } satisfies Prisma.UserSelect }),
    db.chapterProgress.findMany({ where: { userId: actor.user.id }, select: progressSelect satisfies Prisma.ChapterProgressSelect }),
  ]);
  return { chosenPath: user.learningPath, progress };
}
