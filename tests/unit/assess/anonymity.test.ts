// What an anonymous round's results may show: nothing that describes fewer than three people.
import { describe, expect, it } from "vitest";
import { aggregateRound, shownFigures, type RespondentAnswers } from "../../../server/domain/assess";
import { levelsRubric } from "./fixtures";

const person = (discipline: RespondentAnswers["discipline"], a: number | null, c?: number): RespondentAnswers => ({
  discipline,
  answers: [{ itemId: "a", level: a }, ...(c === undefined ? [] : [{ itemId: "c", level: c }])],
});

const figures = (respondents: RespondentAnswers[], anonymous: boolean) => {
  const agg = aggregateRound({ rubric: levelsRubric, respondents, exemptItemIds: new Set(), minDisciplineGroup: 1 });
  return shownFigures({ anonymous, respondentCount: agg.respondentCount, items: agg.items, disciplines: agg.disciplines });
};

describe("shownFigures", () => {
  const team = [person("ML_ENGINEER", 1, 4), person("ML_ENGINEER", 2), person("ML_ENGINEER", 3, 0), person("MANAGER", 4)];

  it("withholds every level figure of an item with fewer than three answers", () => {
    const shown = figures(team, true);
    // item c: two answers (4 and 0): its distribution would be both people's answers
    expect(shown.items.find((i) => i.itemId === "c")).toMatchObject({ answerCount: 2, median: null, mean: null, spread: null, min: null, max: null, counts: null });
    // item a: four answers 1, 2, 3, 4
    expect(shown.items.find((i) => i.itemId === "a")).toMatchObject({ answerCount: 4, min: 1, max: 4, counts: [0, 1, 1, 1, 1] });
    expect(shown.withheld.itemIds).toEqual(["b", "c"]); // b has no answers at all
  });

  it("does not count don't-know answers toward the three", () => {
    const shown = figures([person("OTHER", 1), person("OTHER", 2), person("OTHER", null)], true);
    expect(shown.items.find((i) => i.itemId === "a")).toMatchObject({ answerCount: 2, dontKnowCount: 1, counts: null });
  });

  it("hides the discipline breakdown when subtracting it from the total leaves one or two people", () => {
    const shown = figures(team, true);
    // 3 ML engineers shown, the manager alone is left over
    expect(shown.disciplines).toEqual([]);
    expect(shown.withheld.disciplines).toBe(true);
  });

  it("shows groups of three or more when the rest is none or three or more", () => {
    const six = [...team.slice(0, 3), person("MANAGER", 4), person("MANAGER", 3), person("MANAGER", 2)];
    expect(figures(six, true).disciplines.map((d) => [d.discipline, d.respondentCount])).toEqual([
      ["MANAGER", 3],
      ["ML_ENGINEER", 3],
    ]);
    expect(figures(six, true).withheld.disciplines).toBe(false);
    const seven = [...six, person("OTHER", 0)];
    // 3 + 3 shown, one person left over: hidden
    expect(figures(seven, true).disciplines).toEqual([]);
    const nine = [...seven, person("OTHER", 1), person("DATA_SCIENTIST", 2), person("DATA_SCIENTIST", 3)];
    // 3 + 3 shown, three left over in groups of one and two: the groups show, the rest is withheld
    expect(figures(nine, true).disciplines.map((d) => d.discipline)).toEqual(["MANAGER", "ML_ENGINEER"]);
    expect(figures(nine, true).withheld.disciplines).toBe(true);
  });

  it("shows a named round's figures whole", () => {
    const shown = figures(team, false);
    expect(shown.items.find((i) => i.itemId === "c")).toMatchObject({ min: 0, max: 4, counts: [1, 0, 0, 0, 1] });
    expect(shown.disciplines.map((d) => d.discipline)).toEqual(["MANAGER", "ML_ENGINEER"]);
    expect(shown.withheld).toEqual({ itemIds: [], disciplines: false });
  });
});
