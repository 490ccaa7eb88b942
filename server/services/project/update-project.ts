import "server-only";
import type { Db } from "../../db/connection";
import { canManageProject, STALE_EDIT_MESSAGE, type ProjectStage } from "../../domain/project";
import { AppError } from "../../errors/app-error";
import type { MemberActor } from "../actor";
import { assertWorkspaceMember } from "./assert-workspace-member";
import type { ProjectRef } from "./project-ref";
import { withViewer } from "./get-project";
import { projectSelect } from "./project-select";

export interface UpdateProjectInput {
  version: number;
  name?: string;
  description?: string;
  stage?: ProjectStage;
  ownerId?: string;
}

/**
 * Applies an edit only if the project is still at the version the editor read. A stale edit is
 * refused with the current project in the error's details (and whether the newer save was the
 * caller's own), so the page can show both and let the person decide; nothing is overwritten silently.
 */
export async function updateProject(db: Db, actor: MemberActor, project: ProjectRef, input: UpdateProjectInput) {
  const { version, ...changes } = input;
  if (project.archivedAt) throw new AppError("PRECONDITION_FAILED", "Restore this project before editing it.");
  if (changes.ownerId && changes.ownerId !== project.ownerId) {
    if (!canManageProject(actor.membership, project)) {
      throw new AppError("FORBIDDEN", "Only the project owner or a workspace admin can hand the project to someone else.");
    }
    await assertWorkspaceMember(db, project.workspaceId, changes.ownerId);
  }
  const { count } = await db.project.updateMany({
    where: { id: project.id, version },
    data: { ...changes, version: { increment: 1 }, updatedById: actor.user.id },
  });
  const { updatedById, ...row } = await db.project.findUniqueOrThrow({ where: { id: project.id }, select: { ...projectSelect, updatedById: true } });
  const current = withViewer(row, actor);
  // Whether the newer save was the caller's own (another tab), so the page blames nobody; unknown for
  // projects last saved before editors were recorded. Only the caller's own id is compared, never sent.
  if (count === 0) throw new AppError("CONFLICT", STALE_EDIT_MESSAGE, { current, byYou: updatedById ? updatedById === actor.user.id : null });
  return current;
}
