import "server-only";
// The manager's weekly look: every active project's objectives with their status, stale first.
import type { Db } from "../../db/connection";
import { assessObjective, DEFAULT_SETTINGS, isoDate, projectStatus, STATUSES, type MetricDef } from "../../domain/alignment";
import type { MemberActor } from "../actor";
import { latestCheckIns } from "./check-in-sql";
import { mlMetricSelect, objectiveMetric, objectiveSelect, toCheckIn, toPoint } from "./shared";

/** Enough recent check-ins for the misalignment window at its largest setting. */
const RECENT = 60;

export async function getWorkspaceAlignment(db: Db, actor: MemberActor, input: { today?: string } = {}) {
  const today = input.today ?? isoDate(new Date());
  const projects = await db.project.findMany({
    where: { workspaceId: actor.membership.workspaceId, archivedAt: null },
    select: {
      id: true,
      name: true,
      alignmentSettings: { select: { window: true, tolerance: true, staleDays: true } },
      mlMetrics: { select: mlMetricSelect },
      objectives: { select: objectiveSelect, orderBy: { createdAt: "asc" } },
    },
    orderBy: { name: "asc" },
    take: 500,
  });
  const recent = await latestCheckIns(db, { objectiveIds: projects.flatMap((p) => p.objectives.map((o) => o.id)) }, RECENT);
  const rows = projects.flatMap((p) => {
    const settings = p.alignmentSettings ?? DEFAULT_SETTINGS;
    const metricById = new Map(p.mlMetrics.map((m) => [m.id, m]));
    const objectives = p.objectives.map((o) => {
      const points = (recent.get(o.id) ?? []).map(toCheckIn).reverse().map(toPoint);
      const mapped = o.mappings.map((m) => metricById.get(m.mlMetricId)).filter((m): m is MetricDef & { projectId: string; version: number } => Boolean(m));
      const a = assessObjective({ business: objectiveMetric(o), mlMetrics: mapped, points }, settings, today, { timeline: false, leadLag: false });
      // The sentence behind the status: the worst signal, or the progress when all is well.
      const worst = a.status === "ON_TRACK" ? a.progress.signal : a.signals.reduce((w, s) => (STATUSES.indexOf(s.status) > STATUSES.indexOf(w.status) ? s : w), a.signals[0]!);
      return {
        id: o.id,
        projectId: p.id,
        projectName: p.name,
        statement: o.statement,
        metricName: o.metricName,
        owner: o.owner,
        status: a.status,
        reason: worst.sentence,
        lastCheckIn: points[points.length - 1]?.date ?? null,
        progress: a.progress.fraction,
        daysLeft: a.progress.daysLeft,
      };
    });
    return objectives.map((o) => ({ ...o, projectStatus: projectStatus(objectives) }));
  });
  // Worst first (stale, misaligned, at risk, on track), then the longest without a check-in.
  rows.sort((a, b) => STATUSES.indexOf(b.status) - STATUSES.indexOf(a.status) || (a.lastCheckIn ?? "").localeCompare(b.lastCheckIn ?? ""));
  return { today, objectives: rows };
}
