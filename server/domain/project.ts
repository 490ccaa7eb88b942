// Project lifecycle vocabulary.

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
  "Someone else changed this project since you opened it. Reload to see their changes, then apply yours again.";
