import "server-only";
// CSV out: every check-in of an objective, and a template to fill in. Both read back through the import.
import Papa from "papaparse";
import type { Db } from "../../db/connection";
import { checkInCsvRows, isoDate, slugifyFileName, type CheckInPoint } from "../../domain/alignment";
import type { MemberActor } from "../actor";
import { checkInSelect, toCheckIn, toPoint } from "./shared";

async function mappedMetrics(db: Db, objectiveId: string) {
  const objective = await db.businessObjective.findUniqueOrThrow({
    where: { id: objectiveId },
    select: { metricName: true, baseline: true, mappings: { select: { mlMetric: { select: { id: true, name: true, baseline: true } } }, orderBy: { createdAt: "asc" } } },
  });
  return { objective, metrics: objective.mappings.map((m) => m.mlMetric) };
}

export async function exportCheckIns(db: Db, _actor: MemberActor, input: { objectiveId: string }) {
  const [{ objective, metrics }, rows] = await Promise.all([
    mappedMetrics(db, input.objectiveId),
    db.checkIn.findMany({ where: { objectiveId: input.objectiveId }, select: checkInSelect, orderBy: { date: "asc" } }),
  ]);
  const csv = Papa.unparse(checkInCsvRows(rows.map(toCheckIn).map(toPoint), metrics), { newline: "\n" });
  return { filename: `${slugifyFileName(objective.metricName)}-check-ins.csv`, csv: `${csv}\n`, count: rows.length };
}

export async function getCheckInTemplate(db: Db, _actor: MemberActor, input: { objectiveId: string }) {
  const { objective, metrics } = await mappedMetrics(db, input.objectiveId);
  const example: CheckInPoint = {
    date: isoDate(new Date()),
    business: objective.baseline,
    ml: Object.fromEntries(metrics.map((m) => [m.id, m.baseline])),
    confidence: "ON_TRACK",
    note: "Replace this example row with your check-ins",
  };
  const csv = Papa.unparse(checkInCsvRows([example], metrics), { newline: "\n" });
  return { filename: `${slugifyFileName(objective.metricName)}-template.csv`, csv: `${csv}\n` };
}
