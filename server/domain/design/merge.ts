// Three-way merge of two edits of one section made from the same base: text merges line by line
// (node-diff3), where both sides changed the same lines the result keeps both, between markers;
// structured fields merge field by field, and a field both sides changed differently is a conflict
// that keeps the user's value. Browser-safe: the section editor runs it when a save is refused.
import { diff3Merge } from "node-diff3";
import type { SectionFields } from "./fields";
import { CONTENT_KEYS, sameValue, type SectionContent } from "./section";
import { STEP_FIELDS, type StepNumber } from "./steps";

export const MARK_MINE = "<<<<<<< your version";
export const MARK_SPLIT = "=======";
export const MARK_THEIRS = ">>>>>>> their version";

export interface TextMerge {
  text: string;
  conflicts: number;
}

export function mergeText(base: string, mine: string, theirs: string): TextMerge {
  if (mine === theirs || theirs === base) return { text: mine, conflicts: 0 };
  if (mine === base) return { text: theirs, conflicts: 0 };
  const lines: string[] = [];
  let conflicts = 0;
  for (const region of diff3Merge(mine.split("\n"), base.split("\n"), theirs.split("\n"), { excludeFalseConflicts: true })) {
    if (region.ok) lines.push(...region.ok);
    else if (region.conflict) {
      conflicts += 1;
      lines.push(MARK_MINE, ...region.conflict.a, MARK_SPLIT, ...region.conflict.b, MARK_THEIRS);
    }
  }
  return { text: lines.join("\n"), conflicts };
}

export function hasConflictMarkers(text: string): boolean {
  return text.split("\n").some((l) => l === MARK_MINE || l === MARK_THEIRS);
}

export interface SectionMerge {
  merged: SectionContent;
  /** Keys that need a person: overlapping text (markers inserted) or a structured field both changed. */
  conflicts: string[];
}

function mergeValue<T>(base: T, mine: T, theirs: T, textual: boolean): { value: T; conflict: boolean } {
  if (sameValue(mine, theirs) || sameValue(theirs, base)) return { value: mine, conflict: false };
  if (sameValue(mine, base)) return { value: theirs, conflict: false };
  if (textual && typeof base === "string" && typeof mine === "string" && typeof theirs === "string") {
    const text = mergeText(base, mine, theirs);
    return { value: text.text as T, conflict: text.conflicts > 0 };
  }
  return { value: mine, conflict: true };
}

export function mergeSection(step: StepNumber, base: SectionContent, mine: SectionContent, theirs: SectionContent): SectionMerge {
  const conflicts: string[] = [];
  const textKeys = new Set(STEP_FIELDS[step].filter((f) => f.kind === "text" || f.kind === "longtext").map((f) => f.key));
  const fields: SectionFields = {};
  const keys = new Set([...Object.keys(base.fields), ...Object.keys(mine.fields), ...Object.keys(theirs.fields)]);
  for (const key of keys) {
    const r = mergeValue(base.fields[key] ?? null, mine.fields[key] ?? null, theirs.fields[key] ?? null, textKeys.has(key));
    if (r.value !== null || key in mine.fields || key in theirs.fields) fields[key] = r.value;
    if (r.conflict) conflicts.push(key);
  }
  const merged: SectionContent = { ...mine, fields };
  for (const key of CONTENT_KEYS) {
    const r = mergeValue<string | null>(base[key], mine[key], theirs[key], key === "notes");
    (merged as unknown as Record<string, unknown>)[key] = r.value;
    if (r.conflict) conflicts.push(key);
  }
  return { merged, conflicts };
}
