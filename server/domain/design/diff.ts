// A readable difference between two saved versions of a section, key by key: text by words,
// tables and other values by lines of their formatted form (the `diff` library does the work).
import { diffLines, diffWords } from "diff";
import { optionLabel, type FieldValue } from "./fields";
import { SECTION_STATUS_LABELS, changedKeys, type SectionContent, type SectionStatus } from "./section";
import { STEP_FIELDS, type StepNumber } from "./steps";

export interface DiffPart {
  value: string;
  added: boolean;
  removed: boolean;
}

export interface KeyDiff {
  key: string;
  label: string;
  parts: DiffPart[];
}

const META_LABELS: Record<string, string> = { notes: "Notes", status: "Status", ownerId: "Owner", reviewerId: "Reviewer" };

function display(step: StepNumber, key: string, value: unknown, names: Record<string, string>): string {
  if (value === null || value === undefined) return "";
  if (key === "status") return SECTION_STATUS_LABELS[value as SectionStatus] ?? String(value);
  if (key === "ownerId" || key === "reviewerId") return names[value as string] ?? "a former member";
  const spec = STEP_FIELDS[step].find((f) => f.key === key);
  if (spec?.kind === "enum") return optionLabel(spec.options, value as string);
  if (spec?.kind === "table" && Array.isArray(value)) {
    return (value as Exclude<FieldValue, string | number | null>)
      .map((row) => spec.columns.map((c) => `${c.label}: ${c.kind === "enum" ? optionLabel(c.options, row[c.key]) : (row[c.key] ?? "")}`).join(" · "))
      .join("\n");
  }
  return typeof value === "string" ? value : JSON.stringify(value);
}

export function diffSections(step: StepNumber, from: SectionContent, to: SectionContent, names: Record<string, string> = {}): KeyDiff[] {
  return changedKeys(from, to).map((key) => {
    const before = display(step, key, key in META_LABELS ? from[key as keyof SectionContent] : from.fields[key], names);
    const after = display(step, key, key in META_LABELS ? to[key as keyof SectionContent] : to.fields[key], names);
    const spec = STEP_FIELDS[step].find((f) => f.key === key);
    const parts = spec?.kind === "table" ? diffLines(before, after) : diffWords(before, after);
    return {
      key,
      label: META_LABELS[key] ?? spec?.label ?? key,
      parts: parts.map((p) => ({ value: p.value, added: Boolean(p.added), removed: Boolean(p.removed) })),
    };
  });
}
