// The vocabulary a design-document step is written in: each field is described once, as data, and
// that description yields the zod schema, the completeness check, the form, the export and the merge.
// Browser-safe and pure (imports zod only): the section editor renders its form from these specs.
import { z } from "zod";

export const LIMITS = {
  shortText: 200,
  longText: 4000,
  notes: 20_000,
  rows: 200,
  comment: 4000,
  commentsPerSection: 500,
} as const;

export interface EnumOption {
  value: string;
  label: string;
}

interface Base {
  key: string;
  label: string;
  hint?: string;
  required?: boolean;
}

export type ColumnSpec =
  | (Base & { kind: "text" })
  | (Base & { kind: "enum"; options: readonly EnumOption[] })
  | (Base & { kind: "number"; unit: string; min?: number; max?: number });

export type FieldSpec =
  | (Base & { kind: "text" })
  | (Base & { kind: "longtext" })
  | (Base & { kind: "enum"; options: readonly EnumOption[] })
  | (Base & { kind: "number"; unit: string; min?: number; max?: number })
  | (Base & { kind: "table"; columns: readonly ColumnSpec[]; maxRows?: number });

export type Cell = string | number | null;
export type Row = Record<string, Cell>;
export type FieldValue = string | number | null | Row[];
export type SectionFields = Record<string, FieldValue>;

export function opts(...pairs: [string, string][]): EnumOption[] {
  return pairs.map(([value, label]) => ({ value, label }));
}

const shortText = z.string().max(LIMITS.shortText, `must be at most ${LIMITS.shortText} characters`);
const longText = z.string().max(LIMITS.longText, `must be at most ${LIMITS.longText.toLocaleString("en")} characters`);

function enumSchema(options: readonly EnumOption[]) {
  const values = options.map((o) => o.value);
  // "" means not chosen yet; anything else must be one of the listed values.
  return z.string().refine((v) => v === "" || values.includes(v), `must be one of ${options.map((o) => o.label).join(", ")}`);
}

function withUnit(n: number, unit: string): string {
  return unit ? `${n.toLocaleString("en")} ${unit}` : n.toLocaleString("en");
}

function numberSchema(spec: { min?: number; max?: number; unit: string }) {
  const min = spec.min ?? 0;
  const max = spec.max ?? 1_000_000_000;
  return z
    .number("must be a number")
    .min(min, `must be at least ${withUnit(min, spec.unit)}`)
    .max(max, `must be at most ${withUnit(max, spec.unit)}`)
    .nullable();
}

const unknownKeys = {
  error: (issue: { code?: string; keys?: string[] }) => (issue.code === "unrecognized_keys" ? `has unknown fields: ${(issue.keys ?? []).join(", ")}` : undefined),
};

function columnSchema(column: ColumnSpec): z.ZodType<Cell> {
  if (column.kind === "enum") return enumSchema(column.options);
  if (column.kind === "number") return numberSchema(column);
  return shortText;
}

export function fieldSchema(field: FieldSpec): z.ZodType<FieldValue> {
  switch (field.kind) {
    case "text":
      return shortText;
    case "longtext":
      return longText;
    case "enum":
      return enumSchema(field.options);
    case "number":
      return numberSchema(field);
    case "table": {
      const maxRows = field.maxRows ?? LIMITS.rows;
      const row = z.strictObject(Object.fromEntries(field.columns.map((c) => [c.key, columnSchema(c).optional()])), unknownKeys) as z.ZodType<Row>;
      return z.array(row).max(maxRows, `must have at most ${maxRows} rows`);
    }
  }
}

/** A strict object schema for one step: every field optional (drafts are partial), unknown keys refused. */
export function sectionSchema(fields: readonly FieldSpec[]) {
  return z.strictObject(Object.fromEntries(fields.map((f) => [f.key, fieldSchema(f).optional()])), unknownKeys) as z.ZodType<SectionFields>;
}

export function emptyValue(field: FieldSpec): FieldValue {
  if (field.kind === "table") return [];
  if (field.kind === "number") return null;
  return "";
}

export function emptyRow(field: Extract<FieldSpec, { kind: "table" }>): Row {
  return Object.fromEntries(field.columns.map((c) => [c.key, c.kind === "number" ? null : ""]));
}

function isFilledCell(value: Cell | undefined): boolean {
  return typeof value === "number" || (typeof value === "string" && value.trim() !== "");
}

/** A field counts as answered when it has a value; a table when it has a row whose required columns are filled. */
export function isFilled(field: FieldSpec, value: FieldValue | undefined): boolean {
  if (field.kind !== "table") return isFilledCell(value as Cell | undefined);
  if (!Array.isArray(value)) return false;
  const required = field.columns.filter((c) => c.required);
  return value.some((row) => (required.length ? required : field.columns).every((c) => isFilledCell(row[c.key])));
}

export function optionLabel(options: readonly EnumOption[], value: Cell | undefined): string {
  return options.find((o) => o.value === value)?.label ?? (value == null ? "" : String(value));
}
