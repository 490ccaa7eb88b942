import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { checkInCsvRows, parseCheckInCsv, type CheckInPoint, type CsvRow } from "../../server/domain/alignment";
import { readCsvRows } from "../../server/services/alignment/csv-file";

const metrics = [
  { id: "m1", name: "Recall" },
  { id: "m2", name: "Precision" },
];

/** Rows as papaparse reads them, one per line (no multi-line cells in these cases). */
function rows(text: string): CsvRow[] {
  return Papa.parse<string[]>(text.trim()).data.map((cells, i) => ({ line: i + 1, cells }));
}

describe("parseCheckInCsv", () => {
  it("reads good rows, matching ML metric columns by name whatever the case, with missing ML values allowed", () => {
    const r = parseCheckInCsv(rows("date,business_value,recall,PRECISION,confidence,note\n2026-01-05,120,0.71,,on track,first\n2026-01-12,118.5,0.72,0.4,At risk,"), metrics);
    expect(r.errors).toEqual([]);
    expect(r.checkIns).toEqual([
      { line: 2, date: "2026-01-05", business: 120, ml: { m1: 0.71 }, confidence: "ON_TRACK", note: "first" },
      { line: 3, date: "2026-01-12", business: 118.5, ml: { m1: 0.72, m2: 0.4 }, confidence: "AT_RISK", note: "" },
    ]);
  });

  it("reports every bad row with its line and reason, and returns no check-ins then", () => {
    const text = [
      "date,business_value,recall,confidence,note",
      "2026-01-05,120,0.71,,",
      "2026-02-30,120,0.71,,", // no such day
      "2026-01-19,abc,0.71,,",
      "2026-01-26,100,1e400,,", // not finite
      "2026-01-05,100,0.7,,", // repeated date
      "2026-02-02,100,0.7,maybe,",
      "2026-02-09,100",
    ].join("\n");
    const r = parseCheckInCsv(rows(text), metrics);
    expect(r.checkIns).toEqual([]);
    expect(r.errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(r.errors[0]!.reason).toMatch(/2026-02-30.*YYYY-MM-DD/);
    expect(r.errors[1]!.reason).toMatch(/business_value "abc" is not a number/);
    expect(r.errors[2]!.reason).toMatch(/recall "1e400" is not a number/);
    expect(r.errors[3]!.reason).toMatch(/already appears on line 2/);
    expect(r.errors[4]!.reason).toMatch(/confidence "maybe"/);
    expect(r.errors[5]!.reason).toMatch(/2 values; the header has 5 columns/);
  });

  it("refuses unknown or missing columns on the header line", () => {
    const r = parseCheckInCsv(rows("date,revenue,f1\n2026-01-05,1,2"), metrics);
    expect(r.errors.every((e) => e.line === 1)).toBe(true);
    expect(r.errors.map((e) => e.reason).join(" ")).toMatch(/"revenue".*"f1".*no "business_value"/);
  });

  it("refuses a date already on record and an empty file", () => {
    const r = parseCheckInCsv(rows("date,business_value\n2026-01-05,1"), metrics, new Set(["2026-01-05"]));
    expect(r.errors).toEqual([{ line: 2, reason: "a check-in for 2026-01-05 already exists." }]);
    expect(parseCheckInCsv([], metrics).errors[0]!.line).toBe(1);
  });

  it("round-trips an export, including negative values, a missing value, quotes, commas and a formula-like note", () => {
    const points: CheckInPoint[] = [
      { date: "2026-01-05", business: -3.25, ml: { m1: 0.7 }, confidence: "OFF_TRACK", note: '=SUM(A1) said "no", then, later' },
      { date: "2026-01-12", business: 1e-7, ml: { m1: 0.71, m2: 12 }, confidence: null, note: "line one\nline two" },
    ];
    const csv = Papa.unparse(checkInCsvRows(points, metrics));
    expect(csv).toContain("'=SUM");
    const back = parseCheckInCsv(readCsvRows(csv).rows, metrics);
    expect(back.errors).toEqual([]);
    expect(back.checkIns.map(({ line: _l, ...c }) => ({ ...c }))).toEqual(points.map((p) => ({ date: p.date, business: p.business, ml: p.ml, confidence: p.confidence, note: p.note })));
  });
});

describe("readCsvRows", () => {
  it("numbers each row by the line it starts on, across quoted line breaks and blank lines", () => {
    const { rows: read } = readCsvRows('date,note\n2026-01-05,"a\nb"\n\n2026-01-12,c\n');
    expect(read.map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it("reads Windows and old Mac line endings, even mixed in one file", () => {
    const { rows: read } = readCsvRows("date,note\r\n2026-01-05,a\r2026-01-12,b\n2026-01-19,c");
    expect(read.map((r) => [r.line, r.cells[1]])).toEqual([
      [1, "note"],
      [2, "a"],
      [3, "b"],
      [4, "c"],
    ]);
  });

  it("reports an unclosed quote on its line", () => {
    const { errors } = readCsvRows('date,note\n2026-01-05,"oops\n');
    expect(errors[0]!.line).toBe(2);
  });
});
