import "server-only";
// Reading an uploaded check-in CSV: size and row limits first, then papaparse, then the pure
// row validation. Shared by the preview and the import, so both judge a file the same way.
import Papa from "papaparse";
import type { Db } from "../../db/connection";
import { MAX_CSV_BYTES, MAX_CSV_ROWS, parseCheckInCsv, parseIsoDate, type CsvError, type CsvRow } from "../../domain/alignment";
import { AppError } from "../../errors/app-error";
import { takenDates } from "./check-in-sql";

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Rows with the line each starts on (quoted notes may span lines), stopping past the row limit. */
export function readCsvRows(raw: string): { rows: CsvRow[]; errors: CsvError[]; truncated: boolean } {
  // One kind of line break: papaparse guesses it from the first one, and files edited on several
  // systems mix them.
  const text = raw.replace(/\r\n?/g, "\n");
  const rows: CsvRow[] = [];
  const errors: CsvError[] = [];
  let start = 0;
  let line = 1;
  let truncated = false;
  Papa.parse<string[]>(text, {
    step: (result, parser) => {
      const cursor = result.meta.cursor;
      const cells = result.data;
      if (!(cells.length === 1 && cells[0]!.trim() === "")) {
        if (rows.length > MAX_CSV_ROWS) {
          truncated = true;
          parser.abort();
          return;
        }
        rows.push({ line, cells });
        for (const e of result.errors) errors.push({ line, reason: `${e.message}.` });
      }
      for (let i = start; i < cursor && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
      start = cursor;
    },
  });
  return { rows, errors, truncated };
}

/** Validates a file for one objective without writing anything. */
export async function checkCheckInFile(db: Db, objectiveId: string, csv: string) {
  const bytes = Buffer.byteLength(csv, "utf8");
  if (bytes > MAX_CSV_BYTES) {
    throw new AppError("PAYLOAD_TOO_LARGE", `The file is ${megabytes(bytes)}; at most ${megabytes(MAX_CSV_BYTES)} can be imported at once. Split it into smaller files.`);
  }
  const { rows, errors: syntaxErrors, truncated } = readCsvRows(csv);
  if (truncated) {
    throw new AppError("PAYLOAD_TOO_LARGE", `The file has more than ${MAX_CSV_ROWS.toLocaleString("en-US")} rows; split it into smaller files.`);
  }
  const mappings = await db.metricMapping.findMany({ where: { objectiveId }, select: { mlMetric: { select: { id: true, name: true } } }, orderBy: { createdAt: "asc" } });
  const metrics = mappings.map((m) => m.mlMetric);
  // Dates already on record, asked for only among the file's own dates.
  const fileDates = rows.slice(1).flatMap((r) => r.cells.map((c) => c.trim()).filter((c) => parseIsoDate(c) !== null));
  const result = parseCheckInCsv(rows, metrics, await takenDates(db, objectiveId, [...new Set(fileDates)]));
  if (syntaxErrors.length > 0) {
    const errors = [...syntaxErrors, ...result.errors].sort((a, b) => a.line - b.line);
    return { metrics, result: { checkIns: [], errors, errorCount: result.errorCount + syntaxErrors.length } };
  }
  return { metrics, result };
}
