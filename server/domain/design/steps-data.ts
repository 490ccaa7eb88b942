// Steps 1–5 of the design document: from the business objective to the features.
// Each step lists its fields; required ones count towards completeness.
import { opts, type FieldSpec } from "./fields";

const yesNo = opts(["yes", "Yes"], ["no", "No"], ["unknown", "Not known yet"]);
const level = opts(["low", "Low"], ["medium", "Medium"], ["high", "High"]);

export const STEP_1: FieldSpec[] = [
  { key: "businessObjective", label: "Business objective", kind: "longtext", required: true, hint: "The result the business wants, in its own terms, with a date." },
  {
    key: "businessMetrics",
    label: "Business metrics",
    kind: "table",
    required: true,
    maxRows: 20,
    columns: [
      { key: "name", label: "Metric", kind: "text", required: true },
      { key: "baseline", label: "Baseline", kind: "text" },
      { key: "target", label: "Target", kind: "text", required: true },
      { key: "deadline", label: "By when", kind: "text" },
    ],
  },
  {
    key: "mlMetrics",
    label: "ML metrics that stand in for them",
    kind: "table",
    required: true,
    maxRows: 20,
    columns: [
      { key: "name", label: "ML metric", kind: "text", required: true },
      { key: "proxies", label: "Business metric it proxies", kind: "text", required: true },
      { key: "threshold", label: "Threshold", kind: "text" },
      { key: "evidence", label: "Evidence they move together", kind: "text" },
    ],
  },
  { key: "hypothesis", label: "Hypothesis linking the ML metric to the business metric", kind: "longtext", required: true },
  { key: "whyMl", label: "Why ML rather than rules", kind: "longtext" },
  { key: "latencyP50", label: "Latency p50 at peak", kind: "number", unit: "ms", max: 3_600_000, required: true },
  { key: "latencyP99", label: "Latency p99 at peak", kind: "number", unit: "ms", max: 3_600_000, required: true },
  { key: "peakThroughput", label: "Peak throughput", kind: "number", unit: "requests/s", max: 10_000_000 },
  { key: "availability", label: "Availability target", kind: "number", unit: "%", max: 100, required: true },
  { key: "retrainTime", label: "Time to retrain and ship a model", kind: "number", unit: "hours", max: 8760 },
  { key: "maintainer", label: "Who maintains it a year from now", kind: "text" },
];

export const STEP_2: FieldSpec[] = [
  {
    key: "taskType",
    label: "Task type",
    kind: "enum",
    required: true,
    options: opts(
      ["binary_classification", "Binary classification"],
      ["multiclass_classification", "Multiclass classification"],
      ["multilabel_classification", "Multilabel classification"],
      ["regression", "Regression"],
      ["ranking", "Ranking"],
      ["generation", "Generation"],
      ["other", "Other"],
    ),
  },
  { key: "inputs", label: "Inputs at prediction time", kind: "longtext", required: true },
  { key: "outputs", label: "Output returned", kind: "longtext", required: true },
  { key: "outputSpaceStable", label: "Output space stays stable as the catalogue or users change", kind: "enum", options: yesNo },
  { key: "objectiveFunction", label: "Objective (loss) function", kind: "text", required: true, hint: "For example: weighted cross-entropy, pairwise ranking loss, MAE." },
  { key: "errorCosts", label: "How the loss weighs each kind of error", kind: "longtext" },
  {
    key: "decoupledObjectives",
    label: "Decoupled objectives",
    kind: "table",
    maxRows: 20,
    columns: [
      { key: "objective", label: "Objective", kind: "text", required: true },
      { key: "model", label: "Model or score", kind: "text" },
      { key: "weight", label: "Weight", kind: "number", unit: "", max: 1000 },
    ],
  },
  {
    key: "combination",
    label: "How objectives are combined",
    kind: "enum",
    options: opts(["single_objective", "Single objective"], ["weighted_sum", "Weighted sum, tuned without retraining"], ["constraint", "One optimised, others as constraints"], ["other", "Other"]),
  },
];

export const STEP_3: FieldSpec[] = [
  {
    key: "sources",
    label: "Data sources",
    kind: "table",
    required: true,
    columns: [
      { key: "name", label: "Source", kind: "text", required: true },
      { key: "kind", label: "Kind", kind: "enum", required: true, options: opts(["user_input", "User input"], ["system_logs", "System logs"], ["internal_db", "Internal database"], ["third_party", "Third party"], ["other", "Other"]) },
      { key: "format", label: "Format", kind: "enum", options: opts(["json", "JSON"], ["csv", "CSV"], ["parquet", "Parquet"], ["avro", "Avro"], ["protobuf", "Protobuf"], ["relational", "Relational rows"], ["other", "Other"]) },
      { key: "storage", label: "Storage", kind: "text" },
      { key: "owner", label: "Owner", kind: "text" },
      { key: "freshness", label: "Freshness", kind: "number", unit: "minutes", max: 525_600 },
      { key: "privacy", label: "Privacy", kind: "enum", options: opts(["public", "Public"], ["internal", "Internal"], ["personal", "Personal data"], ["sensitive", "Sensitive personal data"]) },
    ],
  },
  { key: "dataflow", label: "Dataflow mode", kind: "enum", required: true, options: opts(["batch", "Batch only"], ["stream", "Streaming only"], ["both", "Batch and streaming"]) },
  { key: "processing", label: "Transformation", kind: "enum", options: opts(["etl", "ETL: transform before loading"], ["elt", "ELT: load, then transform"], ["mixed", "Both"]) },
  { key: "schemaOwnership", label: "Who owns each schema and is told when it changes", kind: "longtext", required: true },
  { key: "streamBatchConsistency", label: "How batch and streaming paths stay consistent", kind: "longtext" },
];

export const STEP_4: FieldSpec[] = [
  {
    key: "sampling",
    label: "Sampling method",
    kind: "enum",
    required: true,
    options: opts(["random", "Simple random"], ["stratified", "Stratified"], ["weighted", "Weighted"], ["reservoir", "Reservoir"], ["importance", "Importance"], ["convenience", "Convenience (whatever is at hand)"]),
  },
  { key: "samplingGaps", label: "How the training set differs from production traffic", kind: "longtext", required: true },
  {
    key: "labelSource",
    label: "Label source",
    kind: "enum",
    required: true,
    options: opts(["natural", "Natural labels"], ["hand", "Hand labels"], ["weak", "Weak supervision"], ["semi", "Semi-supervision"], ["transfer", "Transfer learning"], ["active", "Active learning"]),
  },
  { key: "feedbackLoopLength", label: "Feedback loop length", kind: "number", unit: "days", max: 3650, required: true, hint: "Time from prediction to a usable label." },
  { key: "labelErrorRate", label: "Estimated label error rate", kind: "number", unit: "%", max: 100 },
  { key: "positiveRate", label: "Minority class share", kind: "number", unit: "%", max: 100 },
  {
    key: "imbalanceHandling",
    label: "Class imbalance handling",
    kind: "enum",
    options: opts(["none", "None needed"], ["metrics", "Imbalance-aware metrics only"], ["resampling", "Resampling the training set"], ["loss_weighting", "Class-weighted or focal loss"], ["mixed", "Several of these"]),
  },
  { key: "augmentation", label: "Augmentation or synthetic data, and how it is checked", kind: "longtext" },
];

export const STEP_5: FieldSpec[] = [
  {
    key: "features",
    label: "Features",
    kind: "table",
    required: true,
    columns: [
      { key: "name", label: "Feature", kind: "text", required: true },
      { key: "type", label: "Type", kind: "enum", required: true, options: opts(["numeric", "Numeric"], ["categorical", "Categorical"], ["text", "Text"], ["embedding", "Embedding"], ["timestamp", "Timestamp"], ["cross", "Feature cross"]) },
      { key: "source", label: "Source", kind: "text" },
      { key: "computation", label: "Computed", kind: "enum", options: opts(["batch", "Batch"], ["streaming", "Streaming"], ["request", "At request time"]) },
      { key: "leakageRisk", label: "Leakage risk", kind: "enum", options: level },
      { key: "importance", label: "Importance", kind: "number", unit: "", max: 1000 },
    ],
  },
  { key: "missingValues", label: "Missing values: why they are missing and what is done", kind: "longtext", required: true },
  { key: "scaling", label: "Scaling", kind: "enum", options: opts(["none", "None"], ["minmax", "Min-max"], ["standard", "Standardisation"], ["log", "Log transform"], ["bucketing", "Bucketing"]) },
  { key: "encoding", label: "Encoding of categories", kind: "enum", required: true, options: opts(["one_hot", "One-hot"], ["hashing", "Hashing trick"], ["embedding", "Learned embedding"], ["target", "Target encoding"], ["ordinal", "Ordinal"]) },
  { key: "leakageChecks", label: "Leakage checks run before training", kind: "longtext", required: true },
];
