// Project lifecycle vocabulary and the rule for who may manage a project.
import { hasRole, type Role } from "./roles";

export const PROJECT_STAGES = ["IDEA", "EXPLORATION", "DEVELOPMENT", "PRODUCTION", "RETIRED"] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];

export const STAGE_LABELS: Record<ProjectStage, string> = {
  IDEA: "Idea",
  EXPLORATION: "Exploration",
  DEVELOPMENT: "Development",
  PRODUCTION: "Production",
  RETIRED: "Retired",
};

export const STALE_EDIT_MESSAGE =
  "This project changed since you opened it. Your edit is kept: compare it with the current version, then apply it again or take the current one.";

/** The project's owner and workspace admins (and owners) may hand it over, archive and restore it. */
export function canManageProject(viewer: { userId: string; role: Role }, project: { ownerId: string }): boolean {
  return viewer.userId === project.ownerId || hasRole(viewer.role, "ADMIN");
}
