// The causal model's ids and the plan's step numbers, as the content may reference them.
// Names and descriptions live in content/model/nodes.json; these lists are what code relies on.

export const LEVER_IDS = [
  "business_objective_alignment",
  "training_data_quality",
  "feature_engineering_quality",
  "model_development_rigor",
  "deployment_architecture_fit",
  "monitoring_observability_maturity",
  "continual_learning_infrastructure",
  "mlops_infrastructure_quality",
  "responsible_ai_practices",
] as const;
export type LeverId = (typeof LEVER_IDS)[number];

export const CONDITION_IDS = ["data_distribution_shift", "degenerate_feedback_loop"] as const;
export type ConditionId = (typeof CONDITION_IDS)[number];

export const STATE_IDS = ["train_serve_consistency", "model_freshness"] as const;
export const OUTCOME_IDS = [
  "model_accuracy_offline",
  "production_model_performance",
  "business_value_realized",
  "system_reliability_in_production",
  "fairness_and_harm_mitigation",
] as const;

export const NODE_IDS = [...LEVER_IDS, ...CONDITION_IDS, ...STATE_IDS, ...OUTCOME_IDS] as const;

export const PLAN_STEPS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
export const CHAPTER_COUNT = 15;

export const LEARNING_DISCIPLINES = ["manager", "data_scientist", "ml_engineer", "data_engineer"] as const;
export type LearningDiscipline = (typeof LEARNING_DISCIPLINES)[number];
