import "server-only";
// "Track this" on design step 1: turns a metric the saved step 1 names into an alignment record
// through the alignment services. A business metric becomes an objective (baseline and target read
// from its row); an ML metric becomes an ML metric (its numbers given by the person, as step 1 has
// none) and is mapped to the objective it proxies when that one is tracked. Calling it for a metric
// already tracked changes nothing and says so, also when two people click at once.
import type { Db } from "../../db/connection";
import { mappingHypothesis, metricKey, namedMetrics, objectiveFromRow, type Direction, type NamedBusinessMetric } from "../../domain/design/metric-tracking";
import type { SectionFields } from "../../domain/design/fields";
import { canManageProject } from "../../domain/project";
import { AppError } from "../../errors/app-error";
import type { MemberActor } from "../actor";
import { createObjective } from "../alignment/save-objective";
import { createMlMetric } from "../alignment/save-ml-metric";
import { setMapping } from "../alignment/save-mapping";
import { refuseIfArchived, type DesignProjectRef } from "./section-store";

export interface TrackMetricInput {
  project: DesignProjectRef;
  kind: "business" | "ml";
  name: string;
  /** For an ML metric: its baseline, target and direction (step 1 records none). */
  values?: { baseline: number; target: number; direction: Direction; unit: string };
}

export async function trackDesignMetric(db: Db, actor: MemberActor, input: TrackMetricInput) {
  if (!canManageProject(actor.membership, input.project)) {
    throw new AppError("FORBIDDEN", "Only the project owner or a workspace admin can start tracking a metric.");
  }
  refuseIfArchived(input.project);
  const section = await db.designSection.findFirst({ where: { step: 1, document: { projectId: input.project.id } }, select: { fields: true } });
  const fields = (section?.fields ?? {}) as SectionFields;
  const named = namedMetrics(fields);
  const hypothesis = typeof fields.hypothesis === "string" ? fields.hypothesis : "";
  const projectId = input.project.id;

  return db.$transaction(async (tx) => {
    // One "Track this" at a time per project: the second of two simultaneous clicks finds the first's record.
    await tx.$executeRaw`SELECT 1 FROM "Project" WHERE "id" = ${projectId} FOR UPDATE`;
    // The alignment services take the client; inside this transaction they write through it.
    const t = tx as unknown as Db;
    const [objectives, mlMetrics] = await Promise.all([
      tx.businessObjective.findMany({ where: { projectId }, select: { id: true, metricName: true } }),
      tx.mlMetric.findMany({ where: { projectId }, select: { id: true, name: true } }),
    ]);
    const objectiveFor = (name: string) => objectives.find((o) => metricKey(o.metricName) === metricKey(name));

    if (input.kind === "business") {
      const row = named.business.find((m) => metricKey(m.name) === metricKey(input.name));
      if (!row) throw notNamed("business metric", input.name);
      const existing = objectiveFor(row.name);
      if (existing) return { kind: input.kind, id: existing.id, created: false };
      const plan = objectiveFromRow(row);
      if ("problem" in plan) throw new AppError("BAD_REQUEST", plan.problem);
      const objective = await createObjective(t, actor, { projectId, statement: statementFor(row, plan.direction), metricName: row.name.slice(0, 80), unit: plan.unit, baseline: plan.baseline, target: plan.target, direction: plan.direction, targetDate: null, ownerId: actor.user.id });
      // ML metrics already tracked that step 1 says proxy this one are mapped to it.
      for (const ml of named.ml.filter((m) => metricKey(m.proxies) === metricKey(row.name))) {
        const metric = mlMetrics.find((m) => metricKey(m.name) === metricKey(ml.name));
        if (metric) await setMapping(t, actor, { projectId, objectiveId: objective.id, mlMetricId: metric.id, hypothesis: mappingHypothesis(hypothesis, ml.name, row.name) });
      }
      return { kind: input.kind, id: objective.id, created: true };
    }

    const row = named.ml.find((m) => metricKey(m.name) === metricKey(input.name));
    if (!row) throw notNamed("ML metric", input.name);
    const existing = mlMetrics.find((m) => metricKey(m.name) === metricKey(row.name));
    if (existing) return { kind: input.kind, id: existing.id, created: false };
    if (!input.values) throw new AppError("BAD_REQUEST", `values: give "${row.name}" a baseline, a target and a direction to track it`);
    const metric = await createMlMetric(t, actor, { projectId, name: row.name.slice(0, 80), ...input.values });
    const objective = row.proxies ? objectiveFor(row.proxies) : undefined;
    if (objective) await setMapping(t, actor, { projectId, objectiveId: objective.id, mlMetricId: metric.id, hypothesis: mappingHypothesis(hypothesis, row.name, row.proxies) });
    return { kind: input.kind, id: metric.id, created: true };
  });
}

function notNamed(what: string, name: string) {
  return new AppError("NOT_FOUND", `The saved step 1 names no ${what} called "${name.slice(0, 80)}".`);
}

function statementFor(row: NamedBusinessMetric, direction: Direction): string {
  return `${direction === "DECREASE" ? "Bring down" : "Raise"} ${row.name} from ${row.baseline} to ${row.target}`.slice(0, 300);
}
