import "server-only";
// The caller's path in one workspace: chosen, or from their discipline there.
import { getCatalog } from "../../content/catalog";
import type { Db } from "../../db/connection";
import { effectivePath, pathChapters, summarisePath } from "../../domain/learning-path";
import type { MemberActor } from "../actor";
import { loadLearner } from "./load-learner";

export async function getMyPath(db: Db, actor: MemberActor) {
  const { chosenPath, progress } = await loadLearner(db, actor);
  const key = effectivePath(chosenPath, actor.membership.discipline);
  const steps = pathChapters(getCatalog(), key);
  return { key, chosen: chosenPath !== null, steps, progress, summary: summarisePath(steps, progress) };
}
