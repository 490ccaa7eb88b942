import "server-only";
import type { Db } from "../../db/connection";
import type { ProjectStage } from "../../domain/project";
import type { MemberActor } from "../actor";
import { assertWorkspaceMember } from "./assert-workspace-member";
import { withViewer } from "./get-project";
import { projectSelect } from "./project-select";

export interface CreateProjectInput {
  name: string;
  description: string;
  stage: ProjectStage;
  ownerId?: string;
}

export async function createProject(db: Db, actor: MemberActor, input: CreateProjectInput) {
  const { workspaceId } = actor.membership;
  const ownerId = input.ownerId ?? actor.user.id;
  if (ownerId !== actor.user.id) await assertWorkspaceMember(db, workspaceId, ownerId);
  const view = await db.project.create({
    data: { workspaceId, name: input.name, description: input.description, stage: input.stage, ownerId },
    select: projectSelect,
  });
  return withViewer(view, actor);
}
