import "server-only";
import type { Db } from "../../db/connection";
import type { Actor } from "../actor";

/** The caller's most recently changed active projects, across every workspace they belong to. */
export async function listRecentProjects(db: Db, actor: Actor, input: { limit: number }) {
  const projects = await db.project.findMany({
    where: { archivedAt: null, workspace: { memberships: { some: { userId: actor.user.id } } } },
    select: { id: true, name: true, workspace: { select: { slug: true, name: true } } },
    orderBy: { updatedAt: "desc" },
    take: input.limit,
  });
  return projects.map((p) => ({ id: p.id, name: p.name, workspaceSlug: p.workspace.slug, workspaceName: p.workspace.name }));
}
