// Example design document: early warning of subscription churn. Written for Causeway; required
// fields are answered everywhere, optional ones where a real team would have an answer early on.
import type { SectionFields } from "./fields";
import type { StepNumber } from "./steps";

export const CHURN_EXAMPLE: Record<StepNumber, { fields: SectionFields; notes: string }> = {
  1: {
    fields: {
      businessObjective: "Keep more paying subscribers: reduce monthly cancellations by 10% by the end of the year through timely retention offers.",
      businessMetrics: [{ name: "Monthly churn rate", baseline: "3.1%", target: "2.8%", deadline: "December" }],
      mlMetrics: [{ name: "Precision among the top 5% riskiest", proxies: "Monthly churn rate", threshold: "≥ 30%", evidence: "Last spring's retention campaign" }],
      hypothesis: "Offers sent to the subscribers most likely to leave within 30 days save more of them than offers sent at random, at the same budget.",
      latencyP50: 3_600_000,
      latencyP99: 3_600_000,
      availability: 99,
      retrainTime: 24,
    },
    notes: "Scores are produced once a night, so latency targets are for the batch job as a whole (under an hour).",
  },
  2: {
    fields: {
      taskType: "binary_classification",
      inputs: "A subscriber's last 90 days of usage, billing and support history.",
      outputs: "Probability of cancelling within the next 30 days.",
      objectiveFunction: "Binary cross-entropy",
      combination: "single_objective",
    },
    notes: "",
  },
  3: {
    fields: {
      sources: [
        { name: "Product events", kind: "system_logs", format: "parquet", storage: "Data lake", owner: "Analytics engineering", freshness: 1440, privacy: "personal" },
        { name: "Billing", kind: "internal_db", format: "relational", storage: "Warehouse", owner: "Finance systems", freshness: 1440, privacy: "sensitive" },
      ],
      dataflow: "batch",
      schemaOwnership: "Analytics engineering owns the event schema; breaking changes are announced in the data contracts channel a sprint ahead.",
    },
    notes: "",
  },
  4: {
    fields: {
      sampling: "random",
      samplingGaps: "Subscribers who received an offer behave differently; they are excluded from training for the 30 days after it.",
      labelSource: "natural",
      feedbackLoopLength: 30,
      positiveRate: 3,
      imbalanceHandling: "loss_weighting",
    },
    notes: "",
  },
  5: {
    fields: {
      features: [
        { name: "sessions_last_14d_vs_prior", type: "numeric", computation: "batch", leakageRisk: "low" },
        { name: "support_tickets_30d", type: "numeric", computation: "batch", leakageRisk: "medium" },
        { name: "plan", type: "categorical", computation: "batch", leakageRisk: "low" },
      ],
      missingValues: "New subscribers have no prior usage window; the ratio is left empty and a tenure bucket is added.",
      encoding: "one_hot",
      leakageChecks: "Cancellation-flow page views are excluded: they happen after the decision to leave.",
    },
    notes: "",
  },
  6: {
    fields: {
      baselines: [{ kind: "heuristic", description: "Usage dropped by half", score: 0.14, metric: "Precision at top 5%" }],
      evaluations: [{ method: "slices", detail: "Precision per plan and tenure bucket" }],
    },
    notes: "",
  },
  7: {
    fields: {
      predictionMode: "batch",
      latencyBudget: 3_600_000,
      target: "cloud",
      trainServeParity: "Training and scoring run the same SQL feature views in the warehouse.",
    },
    notes: "",
  },
  8: {
    fields: {
      metrics: [{ name: "Scored subscribers per night", category: "operational", window: 1440 }],
      shiftDetection: "summary_stats",
      alerts: [{ condition: "Nightly job missing or more than 20% fewer rows", severity: "warning", owner: "Data platform on-call" }],
    },
    notes: "",
  },
  9: {
    fields: {
      retrainCadence: 30,
      trainingMode: "stateless",
      testInProduction: "ab",
      promotionCriteria: "Retention in the treated group beats the holdout by a significant margin over one billing cycle.",
      rollback: "Keep last month's model and its scores; switch the campaign back to them.",
    },
    notes: "",
  },
  10: {
    fields: {
      devEnvironment: "Warehouse notebooks",
      modelStore: "Versioned artefacts in object storage",
      protectedSlices: [{ slice: "Region", metric: "Offer rate" }],
      privacy: "Only subscriber ids leave the warehouse; offers are sent by the CRM.",
      accountableOwner: "Retention product manager",
    },
    notes: "",
  },
};
