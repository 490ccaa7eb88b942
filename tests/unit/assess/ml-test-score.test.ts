import { describe, expect, it } from "vitest";
import { aggregateRound, bandFor, mlBandFor, type RespondentAnswers } from "../../../server/domain/assess";
import { LEVEL_BANDS, mlRubric } from "./fixtures";

const answers = (levels: Record<string, number | null>) => Object.entries(levels).map(([itemId, level]) => ({ itemId, level }));

describe("ML Test Score", () => {
  const respondents: RespondentAnswers[] = [
    { discipline: "ML_ENGINEER", answers: answers({ d1: 2, d2: 1, d3: 0, m1: 2, m2: 2 }) },
    { discipline: "DATA_ENGINEER", answers: answers({ d1: 2, d2: 1, d3: null, m1: 1, m2: 0 }) },
  ];

  it("totals each section from the median value of its tests, and the lowest section is the final score", () => {
    const { mlTestScore } = aggregateRound({ rubric: mlRubric, respondents, exemptItemIds: new Set(), minDisciplineGroup: 3 });
    // data: d1 median 2 → 1, d2 1 → 0.5, d3 0 → 0 = 1.5; model: m1 1.5 → 0.75, m2 1 → 0.5 = 1.25
    expect(mlTestScore!.sections).toEqual([
      { id: "data", name: "Data", total: 1.5, testCount: 3 },
      { id: "model", name: "Model", total: 1.25, testCount: 2 },
    ]);
    expect(mlTestScore!.final).toBe(1.25);
    expect(mlTestScore!.weakestSectionId).toBe("model");
    // the paper's band (1, 2]
    expect(mlTestScore!.bandId).toBe("b2");
  });

  it("counts an unanswered test as not done and leaves an exempt test out of its section", () => {
    const { mlTestScore } = aggregateRound({
      rubric: mlRubric,
      respondents: [{ discipline: "OTHER", answers: answers({ d1: 2, d2: 2, m1: 2, m2: 2 }) }],
      exemptItemIds: new Set(["d3"]),
      minDisciplineGroup: 3,
    });
    expect(mlTestScore!.sections.map((s) => [s.total, s.testCount])).toEqual([[2, 2], [2, 2]]);
    expect(mlTestScore).toMatchObject({ final: 2, bandId: "b2" });
  });

  it("reads the paper's bands with open lower and closed upper ends", () => {
    const at = (final: number) => mlBandFor(mlRubric.bands, final)?.id;
    expect([at(0), at(0.5), at(1), at(1.5), at(3), at(3.5), at(5), at(5.5), at(7)]).toEqual(["b0", "b1", "b1", "b2", "b3", "b4", "b4", "b5", "b5"]);
  });

  it("scores zero and the lowest band when nothing is done", () => {
    const { mlTestScore } = aggregateRound({ rubric: mlRubric, respondents: [], exemptItemIds: new Set(), minDisciplineGroup: 3 });
    expect(mlTestScore).toMatchObject({ final: 0, bandId: "b0" });
  });

  it("does not give sections the final score's bands", () => {
    const { groups } = aggregateRound({ rubric: mlRubric, respondents, exemptItemIds: new Set(), minDisciplineGroup: 3 });
    expect(groups.every((g) => g.kind === "section" && g.bandId === null)).toBe(true);
  });
});

describe("bandFor", () => {
  it("puts a score in the band from its lower bound up to (not including) its upper one, and 100 in the last", () => {
    expect(bandFor(LEVEL_BANDS, 0)?.id).toBe("ad_hoc");
    expect(bandFor(LEVEL_BANDS, 19.9)?.id).toBe("ad_hoc");
    expect(bandFor(LEVEL_BANDS, 20)?.id).toBe("emerging");
    expect(bandFor(LEVEL_BANDS, 62.5)?.id).toBe("managed");
    expect(bandFor(LEVEL_BANDS, 100)?.id).toBe("proven");
  });
});
