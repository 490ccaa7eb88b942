import "server-only";
import type { Db } from "../../db/connection";
import type { MemberActor } from "../actor";
import { projectSelect } from "./project-select";

export async function listProjects(db: Db, actor: MemberActor, input: { archived: boolean }) {
  return db.project.findMany({
    where: { workspaceId: actor.membership.workspaceId, archivedAt: input.archived ? { not: null } : null },
    select: projectSelect,
    orderBy: { updatedAt: "desc" },
    take: 500,
  });
}
