import "server-only";
// Choose a learning path, or null to follow the workspace discipline again.
import type { Db } from "../../db/connection";
import type { PathKey } from "../../domain/learning-path";
import type { Actor } from "../actor";

export async function setLearningPath(db: Db, actor: Actor, input: { path: PathKey | null }) {
  await db.user.update({ where: { id: actor.user.id }, data: { learningPath: input.path }, select: { id: true } });
  return { chosenPath: input.path };
}
