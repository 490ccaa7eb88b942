import "server-only";
import type { Db } from "../../db/connection";
import { canManageProject } from "../../domain/project";
import { AppError } from "../../errors/app-error";
import type { MemberActor } from "../actor";
import type { ProjectRef } from "./project-ref";
import { withViewer } from "./get-project";
import { projectSelect } from "./project-select";

export async function setProjectArchived(db: Db, actor: MemberActor, project: ProjectRef, archived: boolean) {
  if (!canManageProject(actor.membership, project)) {
    throw new AppError("FORBIDDEN", "Only the project owner or a workspace admin can archive or restore it.");
  }
  const view = await db.project.update({
    where: { id: project.id },
    data: { archivedAt: archived ? new Date() : null, version: { increment: 1 } },
    select: projectSelect,
  });
  return withViewer(view, actor);
}
