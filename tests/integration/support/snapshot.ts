// Everything workspace B owns, to prove a refused call changed nothing.
import type { Db } from "../../../server/db/connection";

export async function snapshotWorkspace(db: Db, workspaceId: string) {
  const [workspace, memberships, invites, projects, alignment] = await Promise.all([
    db.workspace.findUnique({ where: { id: workspaceId } }),
    db.membership.findMany({ where: { workspaceId }, orderBy: { id: "asc" } }),
    db.invite.findMany({ where: { workspaceId }, orderBy: { id: "asc" } }),
    db.project.findMany({ where: { workspaceId }, orderBy: { id: "asc" } }),
    // ---- alignment ----
    db.project.findMany({
      where: { workspaceId },
      orderBy: { id: "asc" },
      select: {
        alignmentSettings: true,
        mlMetrics: { orderBy: { id: "asc" }, include: { mappings: { orderBy: { objectiveId: "asc" } } } },
        objectives: { orderBy: { id: "asc" }, include: { checkIns: { orderBy: { id: "asc" } }, revisions: { orderBy: { id: "asc" } } } },
      },
    }),
  ]);
  return { workspace, memberships, invites, projects, alignment };
}
