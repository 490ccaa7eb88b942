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

/**
 * The book has 11 chapters and an epilogue; the source card splits them into 15 entries, which the
 * guides follow: data engineering (book 3) is guides 3 and 4, model development and offline
 * evaluation (book 6) guides 7 and 8, continual learning and test in production (book 9) guides 11
 * and 12. Each guide's frontmatter names its book chapter; the content check holds it to this map.
 */
export const BOOK_CHAPTER_COUNT = 11;
export const BOOK_CHAPTER_OF_GUIDE: Record<number, number | "epilogue"> = {
  1: 1, 2: 2, 3: 3, 4: 3, 5: 4, 6: 5, 7: 6, 8: 6, 9: 7, 10: 8, 11: 9, 12: 9, 13: 10, 14: 11, 15: "epilogue",
};

export const LEARNING_DISCIPLINES = ["manager", "data_scientist", "ml_engineer", "data_engineer"] as const;
export type LearningDiscipline = (typeof LEARNING_DISCIPLINES)[number];
