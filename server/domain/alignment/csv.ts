// Check-in CSV files: the columns, row validation and the rows an export writes. Pure: the service
// parses the text with papaparse and hands the rows here with their line numbers.
import { parseIsoDate } from "./dates";
import { CONFIDENCES, type CheckInPoint, type Confidence } from "./types";

export const MAX_CSV_BYTES = 2 * 1024 * 1024;
export const MAX_CSV_ROWS = 10_000;
export const MAX_NOTE_LENGTH = 1000;
/** Errors beyond this many are counted, not listed. */
export const MAX_REPORTED_ERRORS = 500;

export const CSV_COLUMNS = { date: "date", business: "business_value", confidence: "confidence", note: "note" } as const;

export interface CsvRow {
  /** 1-based line in the file where the row starts. */
  line: number;
  cells: string[];
}

export interface CsvError {
  line: number;
  reason: string;
}

export interface ParsedCheckIn {
  line: number;
  date: string;
  business: number;
  ml: Record<string, number>;
  confidence: Confidence | null;
  note: string;
}

export interface CsvParseResult {
  checkIns: ParsedCheckIn[];
  errors: CsvError[];
  errorCount: number;
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

export function parseNumberCell(cell: string): number | null {
  const s = cell.trim();
  if (!NUMBER.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) && Math.abs(n) < 1e15 ? n : null;
}

export function parseConfidenceCell(cell: string): Confidence | null | undefined {
  const s = cell.trim().toUpperCase().replace(/[\s-]+/g, "_");
  if (s === "") return null;
  return (CONFIDENCES as readonly string[]).includes(s) ? (s as Confidence) : undefined;
}

const normalise = (name: string) => name.trim().toLowerCase();

// A note starting with = + - @ would run as a formula in a spreadsheet: the export prefixes an
// apostrophe (as spreadsheets do themselves), and the import takes it off, so notes round-trip.
const FORMULA_START = /^[=+\-@\t\r]/;
export const escapeFormula = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);
export const unescapeFormula = (text: string) => (text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text);

/**
 * Validates every row against the objective's ML metrics (matched to columns by name, ignoring
 * case). Dates already on record are passed in `existingDates` and refused, as are repeated dates.
 */
export function parseCheckInCsv(
  rows: readonly CsvRow[],
  mlMetrics: readonly { id: string; name: string }[],
  existingDates: ReadonlySet<string> = new Set(),
): CsvParseResult {
  const errors: CsvError[] = [];
  let errorCount = 0;
  const fail = (line: number, reason: string) => {
    errorCount += 1;
    if (errors.length < MAX_REPORTED_ERRORS) errors.push({ line, reason });
  };
  const header = rows[0];
  if (!header) return { checkIns: [], errors: [{ line: 1, reason: "The file is empty: it needs a header row and at least one check-in." }], errorCount: 1 };

  const byName = new Map(mlMetrics.map((m) => [normalise(m.name), m.id]));
  const columns: ({ kind: "date" | "business" | "confidence" | "note" } | { kind: "ml"; id: string } | null)[] = [];
  const seen = new Set<string>();
  header.cells.forEach((raw, i) => {
    const name = normalise(raw);
    if (seen.has(name)) fail(header.line, `Column "${raw.trim()}" appears twice.`);
    seen.add(name);
    if (name === CSV_COLUMNS.date) columns.push({ kind: "date" });
    else if (name === CSV_COLUMNS.business) columns.push({ kind: "business" });
    else if (name === CSV_COLUMNS.confidence) columns.push({ kind: "confidence" });
    else if (name === CSV_COLUMNS.note) columns.push({ kind: "note" });
    else if (byName.has(name)) columns.push({ kind: "ml", id: byName.get(name)! });
    else if (name === "" && i === header.cells.length - 1) columns.push(null); // a trailing comma
    else fail(header.line, `Column "${raw.trim()}" is neither a known column (date, business_value, confidence, note) nor an ML metric mapped to this objective.`);
  });
  for (const required of [CSV_COLUMNS.date, CSV_COLUMNS.business]) {
    if (!seen.has(required)) fail(header.line, `The header has no "${required}" column.`);
  }
  if (errorCount > 0) return { checkIns: [], errors, errorCount };

  const checkIns: ParsedCheckIn[] = [];
  const datesInFile = new Map<string, number>();
  for (const row of rows.slice(1)) {
    if (row.cells.every((c) => c.trim() === "")) continue;
    if (row.cells.length !== columns.length) {
      fail(row.line, `The row has ${row.cells.length} values; the header has ${columns.length} columns.`);
      continue;
    }
    const reasons: string[] = [];
    let date = "";
    let business = Number.NaN;
    let confidence: Confidence | null = null;
    let note = "";
    const ml: Record<string, number> = {};
    row.cells.forEach((cell, i) => {
      const col = columns[i];
      if (!col) return;
      switch (col.kind) {
        case "date":
          if (!parseIsoDate(cell.trim())) reasons.push(`date "${cell.trim()}" is not a calendar date written YYYY-MM-DD`);
          else date = cell.trim();
          break;
        case "business": {
          const n = parseNumberCell(cell);
          if (n === null) reasons.push(cell.trim() === "" ? "business_value is empty" : `business_value "${cell.trim()}" is not a number`);
          else business = n;
          break;
        }
        case "confidence": {
          const c = parseConfidenceCell(cell);
          if (c === undefined) reasons.push(`confidence "${cell.trim()}" must be on track, at risk, off track or empty`);
          else confidence = c;
          break;
        }
        case "note":
          if (cell.length > MAX_NOTE_LENGTH) reasons.push(`note is longer than ${MAX_NOTE_LENGTH} characters`);
          else note = unescapeFormula(cell.trim());
          break;
        case "ml": {
          if (cell.trim() === "") break; // a missing ML value is allowed
          const n = parseNumberCell(cell);
          if (n === null) reasons.push(`${header.cells[i]!.trim()} "${cell.trim()}" is not a number`);
          else ml[col.id] = n;
          break;
        }
      }
    });
    if (date) {
      const earlier = datesInFile.get(date);
      if (earlier !== undefined) reasons.push(`date ${date} already appears on line ${earlier}`);
      else if (existingDates.has(date)) reasons.push(`a check-in for ${date} already exists`);
      else datesInFile.set(date, row.line);
    }
    if (reasons.length > 0) fail(row.line, `${reasons.join("; ")}.`);
    else checkIns.push({ line: row.line, date, business, ml, confidence, note });
  }
  if (checkIns.length === 0 && errorCount === 0) fail(header.line, "The file has a header but no check-ins.");
  if (checkIns.length > MAX_CSV_ROWS) fail(header.line, `The file has ${checkIns.length} check-ins; at most ${MAX_CSV_ROWS.toLocaleString("en-US")} can be imported at once.`);
  return { checkIns: errorCount > 0 ? [] : checkIns, errors, errorCount };
}

/** Header plus one row per check-in, in the format parseCheckInCsv reads back. */
export function checkInCsvRows(points: readonly CheckInPoint[], mlMetrics: readonly { id: string; name: string }[]): string[][] {
  const header = [CSV_COLUMNS.date, CSV_COLUMNS.business, ...mlMetrics.map((m) => m.name), CSV_COLUMNS.confidence, CSV_COLUMNS.note];
  const confidenceText = (c: Confidence | null) => (c ? c.toLowerCase().replace("_", " ") : "");
  return [
    header,
    ...points.map((p) => [
      p.date,
      String(p.business),
      ...mlMetrics.map((m) => (p.ml[m.id] === undefined ? "" : String(p.ml[m.id]))),
      confidenceText(p.confidence),
      escapeFormula(p.note),
    ]),
  ];
}

/** A file name from a metric name: lower-case letters, digits and dashes. */
export function slugifyFileName(name: string): string {
  return (
    name
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "objective"
  );
}
