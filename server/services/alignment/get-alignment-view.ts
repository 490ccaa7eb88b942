import "server-only";
// Everything the project's alignment page shows: objectives with their latest check-ins and
// signals, the ML metrics, the settings and the project's status. Signals are computed over the
// latest VIEW_LIMIT check-ins per objective; the export holds the full history.
import type { Db } from "../../db/connection";
import { assessObjective, isoDate, projectStatus, type MetricDef } from "../../domain/alignment";
import type { MemberActor } from "../actor";
import { readSettings } from "./settings";
import { checkInSelect, mlMetricSelect, objectiveMetric, objectiveSelect, toCheckIn, toObjective, toPoint } from "./shared";

export const VIEW_LIMIT = 520; // ten years of weekly check-ins

export async function getAlignmentView(db: Db, _actor: MemberActor, input: { projectId: string; today?: string }) {
  const today = input.today ?? isoDate(new Date());
  const [settings, mlMetrics, objectives] = await Promise.all([
    readSettings(db, input.projectId),
    db.mlMetric.findMany({ where: { projectId: input.projectId }, select: mlMetricSelect, orderBy: { createdAt: "asc" } }),
    db.businessObjective.findMany({
      where: { projectId: input.projectId },
      select: {
        ...objectiveSelect,
        _count: { select: { checkIns: true } },
        checkIns: { select: checkInSelect, orderBy: { date: "desc" }, take: VIEW_LIMIT },
      },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  const metricById = new Map(mlMetrics.map((m) => [m.id, m]));
  const shaped = objectives.map(({ checkIns, _count, ...o }) => {
    const views = checkIns.map(toCheckIn).reverse();
    const mapped = o.mappings.map((m) => metricById.get(m.mlMetricId)).filter((m): m is MetricDef & { projectId: string; version: number } => Boolean(m));
    const assessment = assessObjective({ business: objectiveMetric(o), mlMetrics: mapped, points: views.map(toPoint) }, settings, today);
    return { ...toObjective(o), checkInCount: _count.checkIns, checkIns: views, assessment };
  });
  return { today, settings, mlMetrics, objectives: shaped, status: projectStatus(shaped.map((o) => o.assessment)), viewLimit: VIEW_LIMIT };
}
