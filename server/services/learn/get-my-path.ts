import "server-only";
// The caller's path in one workspace: chosen, or from their discipline there, plus the chapters
// assigned to them in meetings.
import { getCatalog } from "../../content/catalog";
import type { Db } from "../../db/connection";
import { effectivePath, pathChapters, summarisePath } from "../../domain/learning-path";
import type { MemberActor } from "../actor";
import { listAssignedLessons } from "../meeting/list-assigned-lessons";
import { loadLearner } from "./load-learner";

export async function getMyPath(db: Db, actor: MemberActor) {
  const [{ chosenPath, progress }, assigned] = await Promise.all([loadLearner(db, actor), listAssignedLessons(db, actor)]);
  const key = effectivePath(chosenPath, actor.membership.discipline);
  const steps = pathChapters(getCatalog(), key);
  return { key, chosen: chosenPath !== null, steps, progress, summary: summarisePath(steps, progress), assigned };
}
