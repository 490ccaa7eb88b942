// Editing a workspace's copy of a rubric: reword an item, add one, retire or restore one. Edits
// produce a new rubric value (the caller stores it as a new version); item ids never change or get
// reused, so answers in past rounds keep pointing at what was asked then.
import type { LevelItem, MlTest, Rubric } from "./rubric";

export type RubricEdit =
  | { op: "reword"; itemId: string; text: string; levels?: string[] }
  | { op: "add"; groupId: string; text: string; levels?: string[]; planStep?: number; chapter?: string; leverId?: string }
  | { op: "retire"; itemId: string }
  | { op: "restore"; itemId: string };

export type EditResult = { ok: true; rubric: Rubric } | { ok: false; problem: string };

/** What an added item may point at: the course's plan steps, chapters ("ch07") and design levers. */
export interface RubricVocabulary {
  planSteps: number[];
  chapters: string[];
  leverIds: string[];
}

/** A broken rule; `field` names the edit's field it is about, when it is about one. */
interface Problem {
  field?: "text" | "levels" | "planStep" | "chapter" | "leverId";
  message: string;
}

const MAX_ITEMS_PER_GROUP = 12;

function customId(groupId: string, existing: Set<string>): string {
  for (let n = 1; ; n++) {
    const id = `${groupId}_custom_${n}`;
    if (!existing.has(id)) return id;
  }
}

function allIds(rubric: Rubric): Set<string> {
  return new Set(rubric.kind === "levels" ? rubric.groups.flatMap((g) => g.items.map((i) => i.id)) : rubric.sections.flatMap((s) => s.tests.map((t) => t.id)));
}

/**
 * Applies edits in order to a copy of the rubric; the first edit that breaks a rule stops it. The
 * problem names the edit and, when it is about one, its field: "edits.0.chapter: …".
 */
export function applyRubricEdits(rubric: Rubric, edits: RubricEdit[], vocabulary: RubricVocabulary): EditResult {
  const next = structuredClone(rubric);
  for (const [index, edit] of edits.entries()) {
    const problem = applyOne(next, edit, vocabulary);
    if (problem) return { ok: false, problem: `edits.${index}${problem.field ? `.${problem.field}` : ""}: ${problem.message}` };
  }
  return { ok: true, rubric: next };
}

/** Where an added item points (plan step, chapter, lever), checked against the course; null when all known. */
function checkPlacement(rubric: Rubric, edit: Extract<RubricEdit, { op: "add" }>, vocabulary: RubricVocabulary): Problem | null {
  if (rubric.kind === "levels") {
    if (edit.planStep === undefined) return { field: "planStep", message: "choose the plan step whose design section is this item's evidence" };
    if (!vocabulary.planSteps.includes(edit.planStep)) return { field: "planStep", message: `${edit.planStep} is not a step of the plan` };
  } else {
    if (edit.leverId === undefined) return { field: "leverId", message: "choose the design lever this test is evidence for" };
    if (!vocabulary.leverIds.includes(edit.leverId)) return { field: "leverId", message: `"${edit.leverId}" is not a design lever` };
  }
  if (edit.chapter === undefined) return { field: "chapter", message: "choose the chapter that teaches this practice" };
  if (!vocabulary.chapters.includes(edit.chapter)) return { field: "chapter", message: `"${edit.chapter}" is not a chapter of the course` };
  return null;
}

function findItem(rubric: Rubric, itemId: string): LevelItem | MlTest | undefined {
  if (rubric.kind === "levels") return rubric.groups.flatMap((g) => g.items).find((i) => i.id === itemId);
  return rubric.sections.flatMap((s) => s.tests).find((t) => t.id === itemId);
}

function applyOne(rubric: Rubric, edit: RubricEdit, vocabulary: RubricVocabulary): Problem | null {
  if (edit.op === "add") {
    const ids = allIds(rubric);
    if (rubric.kind === "levels") {
      const group = rubric.groups.find((g) => g.nodeId === edit.groupId);
      if (!group) return { message: `"${edit.groupId}" is not a lever or condition of this rubric` };
      if (group.items.length >= MAX_ITEMS_PER_GROUP) return { message: `a group holds at most ${MAX_ITEMS_PER_GROUP} items` };
      if (!edit.levels || edit.levels.length !== 5) return { field: "levels", message: "a new item needs five level anchors, for levels 0 to 4" };
      const misplaced = checkPlacement(rubric, edit, vocabulary);
      if (misplaced) return misplaced;
      group.items.push({ id: customId(group.nodeId, ids), text: edit.text, levels: edit.levels, planStep: edit.planStep!, chapter: edit.chapter! });
      return null;
    }
    const section = rubric.sections.find((s) => s.id === edit.groupId);
    if (!section) return { message: `"${edit.groupId}" is not a section of this rubric` };
    if (section.tests.length >= MAX_ITEMS_PER_GROUP) return { message: `a section holds at most ${MAX_ITEMS_PER_GROUP} tests` };
    const misplaced = checkPlacement(rubric, edit, vocabulary);
    if (misplaced) return misplaced;
    section.tests.push({ id: customId(section.id, ids), text: edit.text, leverId: edit.leverId!, chapter: edit.chapter! });
    return null;
  }
  const item = findItem(rubric, edit.itemId);
  if (!item) return { message: `"${edit.itemId}" is not an item of this rubric` };
  if (edit.op === "reword") {
    item.text = edit.text;
    if (edit.levels) {
      if (!("levels" in item) || edit.levels.length !== 5) return { field: "levels", message: "level anchors can be changed only on an anchored item, five at a time" };
      item.levels = edit.levels;
    }
    return null;
  }
  if (edit.op === "retire") {
    const group = rubric.kind === "levels" ? rubric.groups.find((g) => g.items.includes(item as LevelItem))!.items : rubric.sections.find((s) => s.tests.includes(item as MlTest))!.tests;
    if (group.filter((i) => !i.retired).length <= 1) return { message: "a group must keep at least one active item" };
    item.retired = true;
    return null;
  }
  delete item.retired;
  return null;
}
