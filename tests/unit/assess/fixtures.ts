import type { LevelsRubric, MlTestScoreRubric, RubricBand } from "../../../server/domain/assess";

const anchors = ["none", "started", "partly", "mostly", "fully"];
const item = (id: string, retired = false) => ({ id, text: `Item ${id}`, planStep: 8, chapter: "ch10", levels: anchors, retired });

export const LEVEL_BANDS: RubricBand[] = [
  { id: "ad_hoc", name: "Ad hoc", min: 0, max: 20, description: "" },
  { id: "emerging", name: "Emerging", min: 20, max: 40, description: "" },
  { id: "defined", name: "Defined", min: 40, max: 60, description: "" },
  { id: "managed", name: "Managed", min: 60, max: 80, description: "" },
  { id: "proven", name: "Automated and proven", min: 80, max: 100, description: "" },
];

export const RISK_BANDS: RubricBand[] = [
  { id: "minimal", name: "Minimal risk", min: 0, max: 20, description: "" },
  { id: "low", name: "Low risk", min: 20, max: 40, description: "" },
  { id: "moderate", name: "Moderate risk", min: 40, max: 60, description: "" },
  { id: "high", name: "High risk", min: 60, max: 80, description: "" },
  { id: "severe", name: "Severe risk", min: 80, max: 100, description: "" },
];

export const levelsRubric: LevelsRubric = {
  id: "test-levels",
  name: "Test rubric",
  kind: "levels",
  levelNames: ["Not in place", "Ad hoc", "Documented", "Automated", "Proven"],
  riskLevelNames: ["Minimal", "Low", "Moderate", "High", "Severe"],
  bands: LEVEL_BANDS,
  riskBands: RISK_BANDS,
  groups: [
    { nodeId: "monitoring_observability_maturity", kind: "lever", direction: "higher_is_better", items: [item("a"), item("b"), item("old", true)] },
    { nodeId: "data_distribution_shift", kind: "condition", direction: "higher_is_worse", items: [item("c")] },
  ],
};

const test = (id: string) => ({ id, text: `Test ${id}`, leverId: "training_data_quality", chapter: "ch05" });

export const mlRubric: MlTestScoreRubric = {
  id: "test-ml",
  name: "ML Test Score",
  kind: "ml_test_score",
  bands: [
    { id: "b0", name: "Research project", over: null, atMost: 0, description: "" },
    { id: "b1", name: "Serious holes", over: 0, atMost: 1, description: "" },
    { id: "b2", name: "First pass", over: 1, atMost: 2, description: "" },
    { id: "b3", name: "Reasonably tested", over: 2, atMost: 3, description: "" },
    { id: "b4", name: "Strong", over: 3, atMost: 5, description: "" },
    { id: "b5", name: "Exceptional", over: 5, atMost: null, description: "" },
  ],
  sections: [
    { id: "data", name: "Data", tests: [test("d1"), test("d2"), test("d3")] },
    { id: "model", name: "Model", tests: [test("m1"), test("m2")] },
  ],
};
