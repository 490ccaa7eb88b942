// Hand-computed cases: every expected figure below was worked out on paper from the answers given.
import { describe, expect, it } from "vitest";
import { aggregateRound, type RespondentAnswers } from "../../../server/domain/assess";
import { levelsRubric } from "./fixtures";

const respondents: RespondentAnswers[] = [
  { discipline: "MANAGER", answers: [{ itemId: "a", level: 4 }, { itemId: "b", level: 3 }, { itemId: "c", level: 1 }] },
  { discipline: "ML_ENGINEER", answers: [{ itemId: "a", level: 2 }, { itemId: "b", level: null }, { itemId: "c", level: 2 }] },
  { discipline: "ML_ENGINEER", answers: [{ itemId: "a", level: 3 }, { itemId: "b", level: 1 }] },
  { discipline: "ML_ENGINEER", answers: [{ itemId: "a", level: 3 }, { itemId: "b", level: 2 }, { itemId: "c", level: null }] },
];

const run = (opts: { exempt?: string[]; minGroup?: number } = {}) =>
  aggregateRound({ rubric: levelsRubric, respondents, exemptItemIds: new Set(opts.exempt ?? []), minDisciplineGroup: opts.minGroup ?? 3 });

describe("aggregateRound", () => {
  it("computes median, mean, spread and counts per item", () => {
    const a = run().items.find((i) => i.itemId === "a")!;
    // levels 4, 2, 3, 3: median 3, mean 3, deviations 1, -1, 0, 0 → sqrt(2/4) = 0.71
    expect(a).toMatchObject({ answerCount: 4, dontKnowCount: 0, median: 3, mean: 3, spread: 0.71, min: 2, max: 4, counts: [0, 0, 1, 2, 1] });
  });

  it("counts don't-know answers but leaves them out of every figure", () => {
    const b = run().items.find((i) => i.itemId === "b")!;
    // levels 3, 1, 2 (one don't know): median 2, mean 2, sqrt(2/3) = 0.82
    expect(b).toMatchObject({ answerCount: 3, dontKnowCount: 1, median: 2, mean: 2, spread: 0.82, counts: [0, 1, 1, 1, 0] });
    const c = run().items.find((i) => i.itemId === "c")!;
    // levels 1, 2; one don't know; one respondent skipped it: median 1.5, spread 0.5
    expect(c).toMatchObject({ answerCount: 2, dontKnowCount: 1, median: 1.5, mean: 1.5, spread: 0.5 });
  });

  it("leaves retired items out of the round", () => {
    expect(run().items.map((i) => i.itemId)).toEqual(["a", "b", "c"]);
  });

  it("scores a lever 0-100 from its items' mean levels and names its band", () => {
    const lever = run().groups.find((g) => g.groupId === "monitoring_observability_maturity")!;
    // item means 3/4 and 2/4 → (0.75 + 0.5) / 2 = 62.5 → band from 60
    expect(lever).toMatchObject({ kind: "lever", direction: "higher_is_better", score: 62.5, bandId: "managed", itemsScored: 2, answerCount: 7, dontKnowCount: 1 });
  });

  it("scores a condition as risk and names it by a risk band, never a maturity band", () => {
    const condition = run().groups.find((g) => g.groupId === "data_distribution_shift")!;
    // levels 1 and 2: mean 1.5 / 4 = 37.5 → risk band 20–40, "Low risk"
    expect(condition).toMatchObject({ kind: "condition", direction: "higher_is_worse", score: 37.5, bandId: "low" });
    const high = aggregateRound({
      rubric: levelsRubric,
      respondents: [{ discipline: "OTHER", answers: [{ itemId: "c", level: 4 }] }, { discipline: "OTHER", answers: [{ itemId: "c", level: 3 }] }],
      exemptItemIds: new Set(),
      minDisciplineGroup: 1,
    });
    // levels 4 and 3: mean 3.5 / 4 = 87.5 → "Severe risk" (the maturity bands would have said "Automated and proven")
    expect(high.groups.find((g) => g.groupId === "data_distribution_shift")).toMatchObject({ score: 87.5, bandId: "severe" });
  });

  it("gives a condition no band when the rubric version holds no risk bands", () => {
    const { riskBands: _r, ...old } = levelsRubric;
    const result = aggregateRound({ rubric: old, respondents, exemptItemIds: new Set(), minDisciplineGroup: 3 });
    expect(result.groups.find((g) => g.groupId === "data_distribution_shift")).toMatchObject({ score: 37.5, bandId: null });
  });

  it("hides every discipline when the hidden rest is one or two people, who could be read back by subtraction", () => {
    // 3 ML engineers shown, 1 manager hidden: total minus ML engineers would be the manager's answers
    expect(run({ minGroup: 3 }).disciplines).toEqual([]);
  });

  it("shows a discipline's figures only for groups of at least the minimum size", () => {
    const engineers = respondents.filter((r) => r.discipline === "ML_ENGINEER");
    const { disciplines } = aggregateRound({ rubric: levelsRubric, respondents: engineers, exemptItemIds: new Set(), minDisciplineGroup: 3 });
    // ML engineers: a = 8/3 → 0.667, b = 1.5 → 0.375 → 52.1; c = 2 → 50
    expect(disciplines).toEqual([
      {
        discipline: "ML_ENGINEER",
        respondentCount: 3,
        groups: [
          { groupId: "monitoring_observability_maturity", score: 52.1 },
          { groupId: "data_distribution_shift", score: 50 },
        ],
      },
    ]);
  });

  it("shows every discipline when the minimum group is one (a named round)", () => {
    const manager = run({ minGroup: 1 }).disciplines.find((d) => d.discipline === "MANAGER")!;
    // a = 4 → 1, b = 3 → 0.75 → 87.5; c = 1 → 25
    expect(manager.groups).toEqual([
      { groupId: "monitoring_observability_maturity", score: 87.5 },
      { groupId: "data_distribution_shift", score: 25 },
    ]);
  });

  it("leaves an exempt item out of its lever's score but still reports it", () => {
    const result = run({ exempt: ["b"] });
    expect(result.items.find((i) => i.itemId === "b")).toMatchObject({ exempt: true, answerCount: 3 });
    expect(result.groups.find((g) => g.groupId === "monitoring_observability_maturity")).toMatchObject({ score: 75, itemsScored: 1, answerCount: 4, dontKnowCount: 0 });
  });

  it("gives no score and no band when everyone answered don't know", () => {
    const result = aggregateRound({
      rubric: levelsRubric,
      respondents: [{ discipline: "OTHER", answers: [{ itemId: "c", level: null }] }],
      exemptItemIds: new Set(),
      minDisciplineGroup: 3,
    });
    expect(result.groups.find((g) => g.groupId === "data_distribution_shift")).toMatchObject({ score: null, bandId: null, dontKnowCount: 1 });
    expect(result.items.find((i) => i.itemId === "c")).toMatchObject({ median: null, mean: null, spread: null });
  });

  it("ignores answers to unknown items and out-of-range levels", () => {
    const result = aggregateRound({
      rubric: levelsRubric,
      respondents: [{ discipline: "OTHER", answers: [{ itemId: "zzz", level: 2 }, { itemId: "a", level: 9 }, { itemId: "c", level: 4 }] }],
      exemptItemIds: new Set(),
      minDisciplineGroup: 1,
    });
    expect(result.items.find((i) => i.itemId === "a")!.answerCount).toBe(0);
    expect(result.groups.find((g) => g.groupId === "data_distribution_shift")!.score).toBe(100);
  });
});
