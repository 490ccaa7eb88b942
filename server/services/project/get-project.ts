import "server-only";
import type { Db } from "../../db/connection";
import { canManageProject } from "../../domain/project";
import type { MemberActor } from "../actor";
import type { ProjectRef } from "./project-ref";
import { projectSelect, type ProjectView } from "./project-select";

/** A project as every procedure returns it: its fields and what this viewer may do with it. */
export function withViewer(view: ProjectView, actor: MemberActor) {
  return { ...view, viewer: { canManage: canManageProject(actor.membership, { ownerId: view.owner.id }) } };
}

export async function getProject(db: Db, actor: MemberActor, project: Pick<ProjectRef, "id">) {
  return withViewer(await db.project.findUniqueOrThrow({ where: { id: project.id }, select: projectSelect }), actor);
}
