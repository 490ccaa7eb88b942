// What projectProcedure already loaded about the project a service acts on.
import type { ProjectStage } from "../../domain/project";

export interface ProjectRef {
  id: string;
  workspaceId: string;
  ownerId: string;
  version: number;
  archivedAt: Date | null;
  stage: ProjectStage;
}
