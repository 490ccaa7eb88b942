import type { LevelsRubric, MlTestScoreRubric, RubricBand } from "../../../server/domain/assess";

const anchors = ["none", "started", "partly", "mostly", "fully"];
const item = (id: string, retired = false) => ({ id, text: `Item ${id}`, planStep: 8, chapter: "ch10", levels: anchors, retired });

export const LEVEL_BANDS: RubricBand[] = [
  { id: "ad_hoc", name: "Ad hoc", min: 0, max: 20, description: "" },
  { id: "emerging", name: "Emerging", min: 21, max: 40, description: "" },
  { id: "defined", name: "Defined", min: 41, max: 60, description: "" },
  { id: "managed", name: "Managed", min: 61, max: 80, description: "" },
  { id: "proven", name: "Automated and proven", min: 81, max: 100, description: "" },
];

export const levelsRubric: LevelsRubric = {
  id: "test-levels",
  name: "Test rubric",
  kind: "levels",
  bands: LEVEL_BANDS,
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
    { id: "b0", name: "Research project", min: 0, max: 0, description: "" },
    { id: "b1", name: "Serious holes", min: 0.5, max: 1, description: "" },
    { id: "b2", name: "First pass", min: 1.5, max: 2, description: "" },
    { id: "b3", name: "Reasonably tested", min: 2.5, max: 3, description: "" },
    { id: "b4", name: "Strong", min: 3.5, max: 5, description: "" },
    { id: "b5", name: "Exceptional", min: 5.5, max: 7, description: "" },
  ],
  sections: [
    { id: "data", name: "Data", tests: [test("d1"), test("d2"), test("d3")] },
    { id: "model", name: "Model", tests: [test("m1"), test("m2")] },
  ],
};
