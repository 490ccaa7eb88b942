import "server-only";
// What the project dashboard shows beside the causal model: the latest ML Test Score (for a project
// whose rounds use it) and the project's business-objective alignment status (for the Business
// Objective Alignment lever and the Business Value Realized outcome). Both read stored figures only.
import type { Db } from "../../db/connection";
import type { MlTestScoreResult, MlTestScoreRubric } from "../../domain/assess";
import { assessObjective, isoDate, projectStatus, STATUSES, type MetricDef } from "../../domain/alignment";
import { latestCheckIns } from "../alignment/check-in-sql";
import { readSettings } from "../alignment/settings";
import { mlMetricSelect, objectiveMetric, objectiveSelect, toCheckIn, toPoint } from "../alignment/shared";
import type { HistoryRound } from "../assess/list-rounds";
import { createClosedRoundCache } from "./closed-round-cache";

/** Enough recent check-ins for the misalignment window at its largest setting (as the workspace view). */
const RECENT_CHECK_INS = 60;

/** The latest closed ML Test Score round of the history (rounds oldest first): sections, final score, band. */
export async function loadLatestMlTestScore(db: Db, history: readonly HistoryRound[]) {
  const latest = [...history].reverse().find((r) => r.groups.some((g) => g.kind === "section"));
  if (!latest) return null;
  return mlCache(latest.id, () => readMlTestScore(db, latest));
}

const mlCache = createClosedRoundCache<Awaited<ReturnType<typeof readMlTestScore>>>();

async function readMlTestScore(db: Db, latest: HistoryRound) {
  const loaded = await db.assessmentRound.findUnique({
    where: { id: latest.id },
    select: { aggregate: { select: { mlTestScore: true } }, rubricVersion: { select: { content: true } } },
  });
  const result = loaded?.aggregate?.mlTestScore as unknown as MlTestScoreResult | null | undefined;
  if (!result) return null;
  const rubric = loaded!.rubricVersion.content as unknown as MlTestScoreRubric;
  const band = rubric.kind === "ml_test_score" ? rubric.bands.find((b) => b.id === result.bandId) : undefined;
  return {
    roundId: latest.id,
    title: latest.title,
    closedAt: latest.closedAt,
    sections: result.sections,
    final: result.final,
    weakestSectionId: result.weakestSectionId,
    band: band ? { name: band.name, description: band.description } : null,
  };
}

/** The project's alignment status (its weakest objective) and each objective's status with the sentence behind it; null without objectives. */
export async function loadAlignmentStatus(db: Db, projectId: string, today = isoDate(new Date())) {
  // Many projects have no objectives yet: one cheap query (raw SQL skips the typed query's compile
  // step) decides whether the four others are needed.
  const [{ any }] = await db.$queryRaw<[{ any: boolean }]>`SELECT EXISTS (SELECT 1 FROM "BusinessObjective" WHERE "projectId" = ${projectId}) AS "any"`;
  if (!any) return null;
  const objectives = await db.businessObjective.findMany({ where: { projectId }, select: objectiveSelect, orderBy: { createdAt: "asc" }, take: 100 });
  if (!objectives.length) return null;
  const [settings, mlMetrics, recent] = await Promise.all([
    readSettings(db, projectId),
    db.mlMetric.findMany({ where: { projectId }, select: mlMetricSelect }),
    latestCheckIns(db, { objectiveIds: objectives.map((o) => o.id) }, RECENT_CHECK_INS),
  ]);
  const metricById = new Map(mlMetrics.map((m) => [m.id, m]));
  const shaped = objectives.map((o) => {
    const points = (recent.get(o.id) ?? []).map(toCheckIn).reverse().map(toPoint);
    const mapped = o.mappings.map((m) => metricById.get(m.mlMetricId)).filter((m): m is NonNullable<typeof m> & MetricDef => Boolean(m));
    const a = assessObjective({ business: objectiveMetric(o), mlMetrics: mapped, points }, settings, today, { timeline: false, leadLag: false });
    const worst = a.status === "ON_TRACK" ? a.progress.signal : a.signals.reduce((w, s) => (STATUSES.indexOf(s.status) > STATUSES.indexOf(w.status) ? s : w), a.signals[0]!);
    return { id: o.id, statement: o.statement, metricName: o.metricName, status: a.status, reason: worst.sentence, lastCheckIn: points[points.length - 1]?.date ?? null };
  });
  return { status: projectStatus(shaped)!, objectives: shaped };
}
