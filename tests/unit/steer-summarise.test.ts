// The dashboard's per-lever figures from stored aggregates, on hand-computed cases.
import { describe, expect, it } from "vitest";
import type { DisciplineAggregate, GroupAggregate, ItemAggregate, RubricQuestion } from "../../server/domain/assess";
import { summariseGroups } from "../../server/services/steer/summarise";
import { changeText, scoreText } from "../../components/steer/score-text";

const item = (itemId: string, groupId: string, mean: number | null, spread: number | null, exempt = false): ItemAggregate => ({
  itemId,
  groupId,
  answerCount: 3,
  dontKnowCount: 0,
  median: mean,
  mean,
  spread,
  min: null,
  max: null,
  counts: [],
  exempt,
});
const question = (id: string, groupId: string): RubricQuestion => ({ id, text: `Text of ${id}`, groupId, maxLevel: 4, levels: [], planStep: 3, chapter: "ch01" });
const group = (groupId: string, kind: "lever" | "condition", score: number | null): GroupAggregate => ({
  groupId,
  kind,
  direction: kind === "lever" ? "higher_is_better" : "higher_is_worse",
  score,
  bandId: null,
  itemsScored: 3,
  answerCount: 9,
  dontKnowCount: 0,
});

const items = [
  item("l1", "lever", 1, 0.5),
  item("l2", "lever", 3, 1.5),
  item("l3", "lever", 2, 1.0),
  item("l4", "lever", 0, 3, true), // exempt: neither in the spread nor among the weakest
  item("l5", "lever", 4, 1.0),
  item("c1", "cond", 1, 0.2),
  item("c2", "cond", 3, 0.4),
];
const disciplines: DisciplineAggregate[] = [
  { discipline: "MANAGER", respondentCount: 1, groups: [{ groupId: "lever", score: 80 }, { groupId: "cond", score: null }] },
  { discipline: "ML_ENGINEER", respondentCount: 2, groups: [{ groupId: "lever", score: 50 }, { groupId: "cond", score: 40 }] },
];

const summary = summariseGroups({
  groups: [group("lever", "lever", 62.5), group("cond", "condition", 50), { ...group("s", "lever", 10), kind: "section" }],
  items,
  disciplines,
  questions: items.map((i) => question(i.itemId, i.groupId)),
  lessonHrefs: { l1: "/learn/a#x" },
  previous: new Map([["lever", 50]]),
});

describe("summariseGroups", () => {
  it("keeps levers and conditions only", () => {
    expect(summary.map((g) => g.groupId)).toEqual(["lever", "cond"]);
  });

  it("averages the spread of non-exempt items and flags a full level as disagreement", () => {
    const lever = summary[0]!;
    expect(lever.spread).toBe(1); // (0.5 + 1.5 + 1 + 1) / 4
    expect(lever.disagreement).toBe(true);
    expect(summary[1]!.spread).toBe(0.3);
    expect(summary[1]!.disagreement).toBe(false);
  });

  it("gives the change since the previous round, or none without one", () => {
    expect(summary[0]!).toMatchObject({ previous: 50, change: 12.5 });
    expect(summary[1]!).toMatchObject({ previous: null, change: null });
  });

  it("measures the gap between disciplines shown, flagging 25 points or more", () => {
    expect(summary[0]!).toMatchObject({ roleGap: 30, roleGapFlagged: true });
    expect(summary[1]!.roles).toEqual([{ discipline: "ML_ENGINEER", score: 40 }]);
    expect(summary[1]!.roleGap).toBeNull();
  });

  it("lists a lever's three lowest items and a condition's riskiest, as 0-100 with their links", () => {
    expect(summary[0]!.lowestItems.map((i) => [i.itemId, i.score])).toEqual([
      ["l1", 25],
      ["l3", 50],
      ["l2", 75],
    ]);
    expect(summary[0]!.lowestItems[0]).toMatchObject({ lessonHref: "/learn/a#x", planStep: 3, text: "Text of l1" });
    expect(summary[0]!.lowestItems[1]!.lessonHref).toBe("/learn");
    expect(summary[1]!.lowestItems.map((i) => i.itemId)).toEqual(["c2", "c1"]);
  });
});

describe("score and change wording", () => {
  it("names a lever by maturity and a condition by risk", () => {
    expect(scoreText("lever", 62.4)).toBe("62 · Automated");
    expect(scoreText("condition", 70)).toBe("risk 70 · High risk");
    expect(scoreText("lever", null)).toBe("not scored");
  });

  it("calls a falling risk better and a falling lever worse", () => {
    expect(changeText("lever", 5.2)).toBe("+5 (better)");
    expect(changeText("lever", -3)).toBe("−3 (worse)");
    expect(changeText("condition", -3)).toBe("−3 (better)");
    expect(changeText("condition", 0.2)).toBe("no change");
    expect(changeText("lever", null)).toBe("—");
  });
});
