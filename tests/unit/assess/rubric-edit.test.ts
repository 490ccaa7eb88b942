import { describe, expect, it } from "vitest";
import { applyRubricEdits as applyEdits, listQuestions, type LevelsRubric, type Rubric, type RubricEdit } from "../../../server/domain/assess";
import { levelsRubric, mlRubric } from "./fixtures";

const anchors = ["a0", "a1", "a2", "a3", "a4"];
const vocabulary = { planSteps: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], chapters: ["ch01", "ch07"], leverIds: ["responsible_ai_practices", "training_data_quality"] };
const applyRubricEdits = (rubric: Rubric, edits: RubricEdit[]) => applyEdits(rubric, edits, vocabulary);
const placed = { planStep: 7, chapter: "ch07" };

describe("applyRubricEdits", () => {
  it("rewords, adds, retires and restores without touching the original", () => {
    const result = applyRubricEdits(levelsRubric, [
      { op: "reword", itemId: "a", text: "Alerts fire within a day" },
      { op: "add", groupId: "data_distribution_shift", text: "A new risk item", levels: anchors, ...placed },
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
    const once = applyRubricEdits(levelsRubric, [{ op: "add", groupId: "data_distribution_shift", text: "First", levels: anchors, ...placed }]);
    const twice = applyRubricEdits((once as { rubric: LevelsRubric }).rubric, [{ op: "add", groupId: "data_distribution_shift", text: "Second", levels: anchors, ...placed }]);
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
    const result = applyRubricEdits(mlRubric, [{ op: "add", groupId: "model", text: "Model card published", leverId: "responsible_ai_practices", chapter: "ch07" }]);
    expect(listQuestions((result as { rubric: typeof mlRubric }).rubric).filter((q) => q.groupId === "model").map((q) => q.id)).toEqual(["m1", "m2", "model_custom_1"]);
  });

  it("stores where an added item points: its plan step and chapter, or a test's lever", () => {
    const levels = applyRubricEdits(levelsRubric, [{ op: "add", groupId: "data_distribution_shift", text: "Drift", levels: anchors, ...placed }]);
    expect(listQuestions((levels as { rubric: Rubric }).rubric).find((q) => q.id === "data_distribution_shift_custom_1")).toMatchObject({ planStep: 7, chapter: "ch07" });
    const ml = applyRubricEdits(mlRubric, [{ op: "add", groupId: "model", text: "Data check", leverId: "training_data_quality", chapter: "ch01" }]);
    const added = (ml as { rubric: typeof mlRubric }).rubric.sections.flatMap((s) => s.tests).find((t) => t.id === "model_custom_1");
    expect(added).toMatchObject({ leverId: "training_data_quality", chapter: "ch01" });
  });

  it("refuses an unknown or missing plan step, chapter or lever, naming the field", () => {
    const add = (extra: Partial<Extract<RubricEdit, { op: "add" }>>) =>
      applyRubricEdits(levelsRubric, [{ op: "add", groupId: "data_distribution_shift", text: "Drift", levels: anchors, ...placed, ...extra }]);
    expect(add({ planStep: 11 })).toEqual({ ok: false, problem: "edits.0.planStep: 11 is not a step of the plan" });
    expect(add({ planStep: undefined })).toMatchObject({ ok: false, problem: expect.stringMatching(/^edits\.0\.planStep: choose/) });
    expect(add({ chapter: "ch15" })).toEqual({ ok: false, problem: 'edits.0.chapter: "ch15" is not a chapter of the course' });
    expect(add({ chapter: undefined })).toMatchObject({ ok: false, problem: expect.stringMatching(/^edits\.0\.chapter: choose/) });
    const test = (leverId: string | undefined) => applyRubricEdits(mlRubric, [{ op: "add", groupId: "model", text: "A test", leverId, chapter: "ch01" }]);
    expect(test("made_up_lever")).toEqual({ ok: false, problem: 'edits.0.leverId: "made_up_lever" is not a design lever' });
    expect(test(undefined)).toMatchObject({ ok: false, problem: expect.stringMatching(/^edits\.0\.leverId: choose/) });
  });
});
