import "server-only";
import type { Db } from "../../db/connection";
import { canManageProject } from "../../domain/project";
import type { MemberActor } from "../actor";
import type { ProjectRef } from "./project-ref";
import { projectSelect } from "./project-select";

/** The project and what the viewer may do with it, so pages never recompute the rule. */
export async function getProject(db: Db, actor: MemberActor, project: Pick<ProjectRef, "id">) {
  const view = await db.project.findUniqueOrThrow({ where: { id: project.id }, select: projectSelect });
  return { ...view, viewer: { canManage: canManageProject(actor.membership, { ownerId: view.owner.id }) } };
}
