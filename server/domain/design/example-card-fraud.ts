// Example design document: card fraud detection at a payments company. Written for Causeway;
// every field of every step is answered so a team can see what a finished section looks like.
import type { SectionFields } from "./fields";
import type { StepNumber } from "./steps";

export const CARD_FRAUD_EXAMPLE: Record<StepNumber, { fields: SectionFields; notes: string }> = {
  1: {
    fields: {
      businessObjective: "Cut card fraud losses by a third within two quarters without turning away more honest customers than today.",
      businessMetrics: [
        { name: "Chargeback losses", baseline: "€240k a month", target: "€160k a month", deadline: "end of Q3" },
        { name: "False decline rate", baseline: "1.2%", target: "at most 1.2%", deadline: "ongoing" },
      ],
      mlMetrics: [
        { name: "Recall at review threshold", proxies: "Chargeback losses", threshold: "0.5% of payments reviewed", evidence: "Back-test on last year's chargebacks" },
        { name: "Precision of declines", proxies: "False decline rate", threshold: "≥ 40%", evidence: "Manual review sample of 2,000 declines" },
      ],
      hypothesis: "Catching more fraud at the same review budget lowers losses, as long as the precision of automatic declines stays above the level the card scheme tolerates.",
      whyMl: "The current rules catch known patterns only; fraud rings change tactics every few weeks and rules lag behind.",
      latencyP50: 15,
      latencyP99: 60,
      peakThroughput: 2500,
      availability: 99.95,
      retrainTime: 6,
      maintainer: "Risk ML team (two engineers on rotation)",
    },
    notes: "The authorisation path has a hard 100 ms budget end to end; the model gets 60 ms of it at p99.\n\nWhen the model times out, the rules engine decides alone.",
  },
  2: {
    fields: {
      taskType: "binary_classification",
      inputs: "One authorisation request: amount, merchant, card, device and the card's recent activity aggregates.",
      outputs: "A fraud probability between 0 and 1; the decision threshold lives in configuration.",
      outputSpaceStable: "yes",
      objectiveFunction: "Class-weighted binary cross-entropy",
      errorCosts: "A missed fraud costs the transaction amount plus fees; a false decline costs a customer's goodwill, priced at roughly €8.",
      decoupledObjectives: [
        { objective: "Fraud likelihood", model: "Gradient-boosted trees", weight: 1 },
        { objective: "Customer friction", model: "Decline-history score", weight: 0.2 },
      ],
      combination: "weighted_sum",
    },
    notes: "The weights are configuration, so risk can rebalance them without retraining.",
  },
  3: {
    fields: {
      sources: [
        { name: "Authorisation stream", kind: "system_logs", format: "avro", storage: "Kafka", owner: "Payments platform", freshness: 0, privacy: "personal" },
        { name: "Chargebacks", kind: "third_party", format: "csv", storage: "Object store", owner: "Disputes team", freshness: 1440, privacy: "personal" },
        { name: "Customer accounts", kind: "internal_db", format: "relational", storage: "PostgreSQL", owner: "Accounts team", freshness: 60, privacy: "sensitive" },
      ],
      dataflow: "both",
      processing: "elt",
      schemaOwnership: "Each source team owns its schema in the shared registry; schema changes need a review from Risk ML before release.",
      streamBatchConsistency: "Streaming aggregates and the nightly batch job share one feature definition library and are compared daily.",
    },
    notes: "",
  },
  4: {
    fields: {
      sampling: "stratified",
      samplingGaps: "Declined transactions never get a label, so the training set under-represents what the old rules already blocked.",
      labelSource: "natural",
      feedbackLoopLength: 45,
      labelErrorRate: 3,
      positiveRate: 0.2,
      imbalanceHandling: "mixed",
      augmentation: "No synthetic fraud; a small random share of borderline transactions is let through to learn from their outcome.",
    },
    notes: "Chargebacks can arrive up to 120 days late; training uses transactions at least 60 days old.",
  },
  5: {
    fields: {
      features: [
        { name: "amount_vs_card_median", type: "numeric", source: "Authorisation stream", computation: "streaming", leakageRisk: "low", importance: 0.21 },
        { name: "merchant_category", type: "categorical", source: "Authorisation stream", computation: "request", leakageRisk: "low", importance: 0.12 },
        { name: "txn_count_last_hour", type: "numeric", source: "Authorisation stream", computation: "streaming", leakageRisk: "medium", importance: 0.18 },
        { name: "account_age_days", type: "numeric", source: "Customer accounts", computation: "batch", leakageRisk: "low", importance: 0.07 },
      ],
      missingValues: "Device data is missing when the merchant does not send it, which itself signals risk: a missing flag is added and the value left empty.",
      scaling: "log",
      encoding: "hashing",
      leakageChecks: "Features are computed as of the authorisation timestamp; any feature built from chargeback data is refused by the pipeline.",
    },
    notes: "",
  },
  6: {
    fields: {
      baselines: [
        { kind: "zero_rule", description: "Approve everything", score: 0, metric: "Recall at 0.5%" },
        { kind: "existing", description: "Current rules engine", score: 0.52, metric: "Recall at 0.5%" },
      ],
      modelsTried: [
        { name: "Logistic regression", score: 0.58, trainingTime: 4, decision: "rejected" },
        { name: "Gradient-boosted trees", score: 0.71, trainingTime: 35, decision: "kept" },
      ],
      evaluations: [
        { method: "slices", detail: "Recall per country and card type", result: "Prepaid cards 9 points below average" },
        { method: "calibration", detail: "Reliability curve on the last month", result: "Well calibrated after isotonic fit" },
        { method: "invariance", detail: "Cardholder name changed", result: "No change in score" },
      ],
      experimentTracking: "MLflow, with data snapshot hashes",
      ensembleJustification: "",
    },
    notes: "",
  },
  7: {
    fields: {
      predictionMode: "online_streaming",
      latencyBudget: 60,
      throughput: 2500,
      target: "cloud",
      compression: "none",
      trainServeParity: "One feature library runs in the stream processor and in the training job; a parity job compares 10,000 logged requests a day.",
      fallback: "Rules engine only, with alerting.",
    },
    notes: "",
  },
  8: {
    fields: {
      metrics: [
        { name: "p99 latency", category: "operational", window: 5 },
        { name: "Share of transactions declined", category: "prediction", window: 60 },
        { name: "Recall on matured labels", category: "accuracy", window: 43200 },
      ],
      shiftDetection: "psi",
      referenceWindow: 28,
      alerts: [
        { condition: "Decline share doubles in an hour", severity: "page", owner: "On-call risk engineer", runbook: "RB-12" },
        { condition: "PSI above 0.2 on any top-10 feature", severity: "warning", owner: "Risk ML team", runbook: "RB-15" },
      ],
    },
    notes: "",
  },
  9: {
    fields: {
      retrainCadence: 7,
      trainingMode: "stateful",
      trigger: "schedule",
      testInProduction: "shadow",
      promotionCriteria: "A challenger runs in shadow for a week and must beat the champion's recall at equal review rate on matured labels, with no slice worse by more than two points.",
      rollback: "The previous model stays loaded; a configuration switch moves traffic back within a minute.",
    },
    notes: "",
  },
  10: {
    fields: {
      devEnvironment: "Shared notebooks on the analytics cluster, code in the monorepo",
      resourceManagement: "Kubernetes jobs scheduled by Airflow",
      modelStore: "MLflow registry",
      featureStore: "Feast, online store in Redis",
      protectedSlices: [
        { slice: "Customer age band", metric: "False decline rate", maxGap: 1 },
        { slice: "Home country", metric: "False decline rate", maxGap: 1 },
      ],
      modelCard: "published",
      privacy: "Card numbers are tokenised before reaching the model; training data is kept for 13 months.",
      accountableOwner: "Head of Risk",
    },
    notes: "",
  },
};
