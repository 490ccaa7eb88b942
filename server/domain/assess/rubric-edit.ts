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

/** Applies edits in order to a copy of the rubric; the first edit that breaks a rule stops it. */
export function applyRubricEdits(rubric: Rubric, edits: RubricEdit[]): EditResult {
  const next = structuredClone(rubric);
  for (const [index, edit] of edits.entries()) {
    const problem = applyOne(next, edit);
    if (problem) return { ok: false, problem: `edits.${index}: ${problem}` };
  }
  return { ok: true, rubric: next };
}

function findItem(rubric: Rubric, itemId: string): LevelItem | MlTest | undefined {
  if (rubric.kind === "levels") return rubric.groups.flatMap((g) => g.items).find((i) => i.id === itemId);
  return rubric.sections.flatMap((s) => s.tests).find((t) => t.id === itemId);
}

function applyOne(rubric: Rubric, edit: RubricEdit): string | null {
  if (edit.op === "add") {
    const ids = allIds(rubric);
    if (rubric.kind === "levels") {
      const group = rubric.groups.find((g) => g.nodeId === edit.groupId);
      if (!group) return `"${edit.groupId}" is not a lever or condition of this rubric`;
      if (group.items.length >= MAX_ITEMS_PER_GROUP) return `a group holds at most ${MAX_ITEMS_PER_GROUP} items`;
      if (!edit.levels || edit.levels.length !== 5) return "a new item needs five level anchors, for levels 0 to 4";
      group.items.push({ id: customId(group.nodeId, ids), text: edit.text, levels: edit.levels, planStep: edit.planStep ?? 1, chapter: edit.chapter ?? "ch01" });
      return null;
    }
    const section = rubric.sections.find((s) => s.id === edit.groupId);
    if (!section) return `"${edit.groupId}" is not a section of this rubric`;
    if (section.tests.length >= MAX_ITEMS_PER_GROUP) return `a section holds at most ${MAX_ITEMS_PER_GROUP} tests`;
    section.tests.push({ id: customId(section.id, ids), text: edit.text, leverId: edit.leverId ?? "mlops_infrastructure_quality", chapter: edit.chapter ?? "ch01" });
    return null;
  }
  const item = findItem(rubric, edit.itemId);
  if (!item) return `"${edit.itemId}" is not an item of this rubric`;
  if (edit.op === "reword") {
    item.text = edit.text;
    if (edit.levels) {
      if (!("levels" in item) || edit.levels.length !== 5) return "level anchors can be changed only on an anchored item, five at a time";
      item.levels = edit.levels;
    }
    return null;
  }
  if (edit.op === "retire") {
    const group = rubric.kind === "levels" ? rubric.groups.find((g) => g.items.includes(item as LevelItem))!.items : rubric.sections.find((s) => s.tests.includes(item as MlTest))!.tests;
    if (group.filter((i) => !i.retired).length <= 1) return "a group must keep at least one active item";
    item.retired = true;
    return null;
  }
  delete item.retired;
  return null;
}
