import "server-only";
// CSV import of check-ins: a preview that writes nothing, and an import that writes every row in
// one transaction, only when the whole file is good.
import { randomUUID } from "node:crypto";
import type { Db } from "../../db/connection";
import { AppError } from "../../errors/app-error";
import type { MemberActor } from "../actor";
import { checkCheckInFile } from "./csv-file";
import { insertCheckIns, isRawUniqueViolation } from "./check-in-sql";
import { assertProjectWritable } from "./shared";

const PREVIEW_ROWS = 20;

export async function previewCheckInImport(db: Db, _actor: MemberActor, input: { objectiveId: string; csv: string }) {
  const { metrics, result } = await checkCheckInFile(db, input.objectiveId, input.csv);
  const dates = result.checkIns.map((c) => c.date).sort();
  return {
    ok: result.errorCount === 0,
    count: result.checkIns.length,
    firstDate: dates[0] ?? null,
    lastDate: dates[dates.length - 1] ?? null,
    metrics,
    sample: result.checkIns.slice(0, PREVIEW_ROWS),
    errors: result.errors,
    errorCount: result.errorCount,
  };
}

export async function importCheckIns(db: Db, actor: MemberActor, input: { objectiveId: string; projectId: string; csv: string }) {
  await assertProjectWritable(db, input.projectId);
  const { result } = await checkCheckInFile(db, input.objectiveId, input.csv);
  if (result.errorCount > 0) {
    const first = result.errors[0]!;
    throw new AppError("BAD_REQUEST", `Nothing was imported: ${result.errorCount} row(s) have problems, the first on line ${first.line}: ${first.reason}`, {
      errors: result.errors,
      errorCount: result.errorCount,
    });
  }
  const rows = result.checkIns.map((c) => ({ id: randomUUID(), date: c.date, businessValue: c.business, mlValues: c.ml, confidence: c.confidence, note: c.note }));
  try {
    await db.$transaction((tx) => insertCheckIns(tx, input.objectiveId, rows, actor.user), { timeout: 60_000 });
  } catch (e) {
    // Someone added a check-in for one of these dates while the file was being read.
    if (isRawUniqueViolation(e)) throw new AppError("CONFLICT", "Nothing was imported: a check-in for one of these dates was added meanwhile. Preview the file again.");
    throw e;
  }
  return { imported: rows.length };
}
