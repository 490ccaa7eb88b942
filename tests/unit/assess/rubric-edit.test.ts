import { describe, expect, it } from "vitest";
import { applyRubricEdits, listQuestions, type LevelsRubric } from "../../../server/domain/assess";
import { levelsRubric, mlRubric } from "./fixtures";

const anchors = ["a0", "a1", "a2", "a3", "a4"];

describe("applyRubricEdits", () => {
  it("rewords, adds, retires and restores without touching the original", () => {
    const result = applyRubricEdits(levelsRubric, [
      { op: "reword", itemId: "a", text: "Alerts fire within a day" },
      { op: "add", groupId: "data_distribution_shift", text: "A new risk item", levels: anchors },
      { op: "retire", itemId: "b" },
      { op: "restore", itemId: "old" },
    ]);
    expect(result.ok).toBe(true);
    const edited = (result as { rubric: LevelsRubric }).rubric;
    expect(listQuestions(edited).map((q) => [q.id, q.text])).toEqual([
      ["a", "Alerts fire within a day"],
      ["old", "Item old"],
      ["c", "Item c"],
      ["data_distribution_shift_custom_1", "A new risk item"],
    ]);
    expect(listQuestions(levelsRubric).map((q) => q.id)).toEqual(["a", "b", "c"]);
  });

  it("never reuses an id, even of a retired item", () => {
    const once = applyRubricEdits(levelsRubric, [{ op: "add", groupId: "data_distribution_shift", text: "First", levels: anchors }]);
    const twice = applyRubricEdits((once as { rubric: LevelsRubric }).rubric, [{ op: "add", groupId: "data_distribution_shift", text: "Second", levels: anchors }]);
    expect(listQuestions((twice as { rubric: LevelsRubric }).rubric).filter((q) => q.groupId === "data_distribution_shift").map((q) => q.id)).toEqual([
      "c",
      "data_distribution_shift_custom_1",
      "data_distribution_shift_custom_2",
    ]);
  });

  it("refuses an unknown item, a group left empty, and an anchored item without five anchors", () => {
    expect(applyRubricEdits(levelsRubric, [{ op: "retire", itemId: "zzz" }])).toEqual({ ok: false, problem: 'edits.0: "zzz" is not an item of this rubric' });
    expect(applyRubricEdits(levelsRubric, [{ op: "retire", itemId: "c" }])).toMatchObject({ ok: false, problem: expect.stringMatching(/at least one active item/) });
    expect(applyRubricEdits(levelsRubric, [{ op: "add", groupId: "data_distribution_shift", text: "x", levels: ["only one"] }])).toMatchObject({ ok: false });
    expect(applyRubricEdits(levelsRubric, [{ op: "add", groupId: "nope", text: "x", levels: anchors }])).toMatchObject({ ok: false });
  });

  it("adds a test to an ML Test Score section", () => {
    const result = applyRubricEdits(mlRubric, [{ op: "add", groupId: "model", text: "Model card published", leverId: "responsible_ai_practices" }]);
    expect(listQuestions((result as { rubric: typeof mlRubric }).rubric).filter((q) => q.groupId === "model").map((q) => q.id)).toEqual(["m1", "m2", "model_custom_1"]);
  });
});
