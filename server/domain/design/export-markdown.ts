// The whole design document as one Markdown file: ten headed sections with their fields (tables as
// Markdown tables, enum values as their labels, numbers with units) followed by the section's notes.
import { optionLabel, type Cell, type ColumnSpec, type FieldSpec, type FieldValue } from "./fields";
import { SECTION_STATUS_LABELS, type SectionContent } from "./section";
import { STEP_FIELDS, STEP_NUMBERS, type StepNumber } from "./steps";

export interface ExportInput {
  projectName: string;
  titles: Record<number, string>;
  sections: (SectionContent & { step: number; ownerName: string | null; reviewerName: string | null })[];
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").replace(/\|/g, "\\|");
}

function formatCell(spec: ColumnSpec | FieldSpec, value: Cell | undefined): string {
  if (value === null || value === undefined || value === "") return "";
  if (spec.kind === "enum") return optionLabel(spec.options, value);
  if (spec.kind === "number") return spec.unit ? `${value} ${spec.unit}` : String(value);
  return String(value);
}

function formatField(spec: FieldSpec, value: FieldValue | undefined): string[] {
  if (spec.kind === "table") {
    const rows = Array.isArray(value) ? value : [];
    if (!rows.length) return [`**${spec.label}:** _none yet_`, ""];
    return [
      `**${spec.label}**`,
      "",
      `| ${spec.columns.map((c) => oneLine(c.label)).join(" | ")} |`,
      `| ${spec.columns.map(() => "---").join(" | ")} |`,
      ...rows.map((row) => `| ${spec.columns.map((c) => oneLine(formatCell(c, row[c.key]))).join(" | ")} |`),
      "",
    ];
  }
  const text = formatCell(spec, value as Cell | undefined);
  if (spec.kind === "longtext" && text.includes("\n")) return [`**${spec.label}:**`, "", text, ""];
  return [`**${spec.label}:** ${text || "_not answered_"}`, ""];
}

export function renderDesignMarkdown(input: ExportInput): string {
  const lines = [`# Design document: ${input.projectName}`, ""];
  for (const step of STEP_NUMBERS) {
    const section = input.sections.find((s) => s.step === step);
    lines.push(`## ${step}. ${input.titles[step] ?? `Step ${step}`}`, "");
    if (!section) {
      lines.push("_Not started._", "");
      continue;
    }
    const people = [`Status: ${SECTION_STATUS_LABELS[section.status]}`];
    if (section.ownerName) people.push(`owner: ${section.ownerName}`);
    if (section.reviewerName) people.push(`reviewer: ${section.reviewerName}`);
    lines.push(`_${people.join(" · ")}_`, "");
    for (const spec of STEP_FIELDS[step as StepNumber]) lines.push(...formatField(spec, section.fields[spec.key]));
    if (section.notes.trim()) lines.push("### Notes", "", section.notes.trim(), "");
  }
  return lines.join("\n");
}
