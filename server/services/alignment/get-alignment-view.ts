import "server-only";
// Everything the project's alignment page shows: objectives with their latest check-ins and
// signals, the ML metrics, the settings and the project's status. Signals are computed over the
// latest VIEW_LIMIT check-ins per objective; the export holds the full history.
import type { Db } from "../../db/connection";
import { assessObjective, isoDate, projectStatus, type MetricDef } from "../../domain/alignment";
import type { MemberActor } from "../actor";
import { readSettings } from "./settings";
import { latestCheckIns } from "./check-in-sql";
import { mlMetricSelect, objectiveMetric, objectiveSelect, toCheckIn, toObjective, toPoint } from "./shared";

export const VIEW_LIMIT = 260; // five years of weekly check-ins

export async function getAlignmentView(db: Db, _actor: MemberActor, input: { projectId: string; today?: string }) {
  const today = input.today ?? isoDate(new Date());
  // One more than shown, to know whether older check-ins exist without counting them all.
  const [settings, mlMetrics, objectives, checkIns] = await Promise.all([
    readSettings(db, input.projectId),
    db.mlMetric.findMany({ where: { projectId: input.projectId }, select: mlMetricSelect, orderBy: { createdAt: "asc" } }),
    db.businessObjective.findMany({ where: { projectId: input.projectId }, select: objectiveSelect, orderBy: { createdAt: "asc" } }),
    latestCheckIns(db, { projectId: input.projectId }, VIEW_LIMIT + 1),
  ]);
  const metricById = new Map(mlMetrics.map((m) => [m.id, m]));
  const shaped = objectives.map((o) => {
    const rows = checkIns.get(o.id) ?? [];
    const views = rows.slice(0, VIEW_LIMIT).map(toCheckIn).reverse();
    const mapped = o.mappings.map((m) => metricById.get(m.mlMetricId)).filter((m): m is MetricDef & { projectId: string; version: number } => Boolean(m));
    const assessment = assessObjective({ business: objectiveMetric(o), mlMetrics: mapped, points: views.map(toPoint) }, settings, today);
    return { ...toObjective(o), olderCheckIns: rows.length > VIEW_LIMIT, checkIns: views, assessment };
  });
  return { today, settings, mlMetrics, objectives: shaped, status: projectStatus(shaped.map((o) => o.assessment)), viewLimit: VIEW_LIMIT };
}
