import "server-only";
// The rubrics a round can be opened with: the built-in templates and the workspace's own copies.
import type { Db } from "../../db/connection";
import { listQuestions } from "../../domain/assess";
import type { MemberActor } from "../actor";
import { listTemplates } from "./templates";

export async function listRubricChoices(db: Db, actor: MemberActor) {
  const own = await db.workspaceRubric.findMany({
    where: { workspaceId: actor.membership.workspaceId },
    select: { id: true, name: true, kind: true, templateId: true, latestVersion: true, updatedAt: true },
    orderBy: { name: "asc" },
    take: 100,
  });
  return {
    templates: listTemplates().map((t) => {
      const questions = listQuestions(t);
      return { id: t.id, name: t.name, kind: t.kind, description: t.description ?? "", itemCount: questions.length, items: questions.map((q) => ({ id: q.id, text: q.text })) };
    }),
    workspaceRubrics: own,
  };
}
