// Steps 6–10 of the design document: from offline evaluation to infrastructure and responsible AI.
import { opts, type FieldSpec } from "./fields";

export const STEP_6: FieldSpec[] = [
  {
    key: "baselines",
    label: "Baselines",
    kind: "table",
    required: true,
    maxRows: 20,
    columns: [
      { key: "kind", label: "Baseline", kind: "enum", required: true, options: opts(["random", "Random"], ["zero_rule", "Zero rule (most common class)"], ["heuristic", "Simple heuristic"], ["human", "Human"], ["existing", "Existing system"]) },
      { key: "description", label: "Description", kind: "text" },
      { key: "score", label: "Score", kind: "number", unit: "", max: 1_000_000, required: true },
      { key: "metric", label: "On metric", kind: "text" },
    ],
  },
  {
    key: "modelsTried",
    label: "Models tried",
    kind: "table",
    columns: [
      { key: "name", label: "Model", kind: "text", required: true },
      { key: "score", label: "Score", kind: "number", unit: "", max: 1_000_000 },
      { key: "trainingTime", label: "Training time", kind: "number", unit: "minutes", max: 525_600 },
      { key: "decision", label: "Decision", kind: "enum", options: opts(["kept", "Kept"], ["rejected", "Rejected"], ["pending", "Pending"]) },
    ],
  },
  {
    key: "evaluations",
    label: "Evaluation methods",
    kind: "table",
    required: true,
    maxRows: 30,
    columns: [
      { key: "method", label: "Method", kind: "enum", required: true, options: opts(["perturbation", "Perturbation"], ["invariance", "Invariance"], ["directional", "Directional expectation"], ["calibration", "Calibration"], ["slices", "Slice-based"], ["confidence", "Confidence measurement"]) },
      { key: "detail", label: "What is tested", kind: "text" },
      { key: "result", label: "Result", kind: "text" },
    ],
  },
  { key: "experimentTracking", label: "Experiment tracking and versioning", kind: "text" },
  { key: "ensembleJustification", label: "Why an ensemble, if one is used", kind: "longtext" },
];

export const STEP_7: FieldSpec[] = [
  { key: "predictionMode", label: "Prediction mode", kind: "enum", required: true, options: opts(["batch", "Batch"], ["online", "Online"], ["online_streaming", "Online with streaming features"]) },
  { key: "latencyBudget", label: "Latency budget for the model call", kind: "number", unit: "ms", max: 3_600_000, required: true },
  { key: "throughput", label: "Expected throughput", kind: "number", unit: "predictions/s", max: 10_000_000 },
  { key: "target", label: "Where it runs", kind: "enum", required: true, options: opts(["cloud", "Cloud"], ["edge", "Edge / device"], ["hybrid", "Hybrid"]) },
  { key: "compression", label: "Model compression", kind: "enum", options: opts(["none", "None"], ["quantization", "Quantisation"], ["distillation", "Knowledge distillation"], ["pruning", "Pruning"], ["low_rank", "Low-rank factorisation"]) },
  { key: "trainServeParity", label: "How training and serving compute features the same way", kind: "longtext", required: true },
  { key: "fallback", label: "Fallback when the model is unavailable", kind: "longtext" },
];

export const STEP_8: FieldSpec[] = [
  {
    key: "metrics",
    label: "Monitored metrics",
    kind: "table",
    required: true,
    columns: [
      { key: "name", label: "Metric", kind: "text", required: true },
      { key: "category", label: "Category", kind: "enum", required: true, options: opts(["operational", "Operational"], ["accuracy", "Accuracy-related"], ["prediction", "Predictions"], ["feature", "Features"], ["raw_input", "Raw inputs"]) },
      { key: "window", label: "Window", kind: "number", unit: "minutes", max: 525_600 },
    ],
  },
  { key: "shiftDetection", label: "Shift detection method", kind: "enum", required: true, options: opts(["summary_stats", "Summary statistics"], ["ks", "Two-sample test (KS)"], ["mmd", "MMD"], ["psi", "Population stability index"], ["model_based", "Domain classifier"]) },
  { key: "referenceWindow", label: "Reference window", kind: "number", unit: "days", max: 3650 },
  {
    key: "alerts",
    label: "Alert rules",
    kind: "table",
    required: true,
    columns: [
      { key: "condition", label: "Condition", kind: "text", required: true },
      { key: "severity", label: "Severity", kind: "enum", options: opts(["info", "Info"], ["warning", "Warning"], ["page", "Page someone"]) },
      { key: "owner", label: "Owner", kind: "text", required: true },
      { key: "runbook", label: "Runbook", kind: "text" },
    ],
  },
];

export const STEP_9: FieldSpec[] = [
  { key: "retrainCadence", label: "Retrain cadence", kind: "number", unit: "days", max: 3650, required: true },
  { key: "trainingMode", label: "Training mode", kind: "enum", required: true, options: opts(["stateless", "Stateless (from scratch)"], ["stateful", "Stateful (fine-tune on new data)"], ["mixed", "Both"]) },
  { key: "trigger", label: "Retrain trigger", kind: "enum", options: opts(["schedule", "Schedule"], ["performance", "Performance drop"], ["volume", "Data volume"], ["drift", "Detected shift"]) },
  {
    key: "testInProduction",
    label: "Test in production",
    kind: "enum",
    required: true,
    options: opts(["shadow", "Shadow deployment"], ["ab", "A/B test"], ["canary", "Canary release"], ["interleaving", "Interleaving"], ["bandit", "Bandits"]),
  },
  { key: "promotionCriteria", label: "Criteria to promote a challenger", kind: "longtext", required: true },
  { key: "rollback", label: "Rollback plan", kind: "longtext", required: true },
];

export const STEP_10: FieldSpec[] = [
  { key: "devEnvironment", label: "Development environment", kind: "text", required: true },
  { key: "resourceManagement", label: "Scheduling and resource management", kind: "text" },
  { key: "modelStore", label: "Model store", kind: "text", required: true },
  { key: "featureStore", label: "Feature store", kind: "text" },
  {
    key: "protectedSlices",
    label: "Protected slices evaluated",
    kind: "table",
    required: true,
    maxRows: 50,
    columns: [
      { key: "slice", label: "Slice", kind: "text", required: true },
      { key: "metric", label: "Metric compared", kind: "text" },
      { key: "maxGap", label: "Largest acceptable gap", kind: "number", unit: "points", max: 100 },
    ],
  },
  { key: "modelCard", label: "Model card", kind: "enum", options: opts(["none", "Not yet"], ["draft", "Draft"], ["published", "Published"]) },
  { key: "privacy", label: "Privacy measures", kind: "longtext", required: true },
  { key: "accountableOwner", label: "Accountable owner", kind: "text", required: true },
];
