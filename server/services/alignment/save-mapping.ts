import "server-only";
// Map an ML metric to the objective it proxies, with the hypothesis in one sentence, or unmap it.
import type { Db } from "../../db/connection";
import { isUniqueViolation } from "../../db/errors";
import { AppError } from "../../errors/app-error";
import type { MemberActor } from "../actor";
import { assertProjectWritable } from "./shared";

async function assertSameProject(db: Db, projectId: string, mlMetricId: string) {
  const metric = await db.mlMetric.findFirst({ where: { id: mlMetricId, projectId }, select: { id: true } });
  if (!metric) throw new AppError("NOT_FOUND", "ML metric not found.");
}

/** Creates the mapping or replaces its hypothesis; calling it twice leaves one mapping. */
export async function setMapping(db: Db, _actor: MemberActor, input: { objectiveId: string; projectId: string; mlMetricId: string; hypothesis: string }) {
  await assertProjectWritable(db, input.projectId);
  await assertSameProject(db, input.projectId, input.mlMetricId);
  const key = { objectiveId: input.objectiveId, mlMetricId: input.mlMetricId };
  const upsert = () =>
    db.metricMapping.upsert({
      where: { objectiveId_mlMetricId: key },
      create: { ...key, hypothesis: input.hypothesis },
      update: { hypothesis: input.hypothesis },
      select: { objectiveId: true, mlMetricId: true, hypothesis: true },
    });
  // Two people mapping the same pair at once: the loser's create hits the key, so it updates instead.
  return upsert().catch((e: unknown) => {
    if (isUniqueViolation(e)) return upsert();
    throw e;
  });
}

export async function removeMapping(db: Db, _actor: MemberActor, input: { objectiveId: string; projectId: string; mlMetricId: string }) {
  await assertProjectWritable(db, input.projectId);
  const { count } = await db.metricMapping.deleteMany({ where: { objectiveId: input.objectiveId, mlMetricId: input.mlMetricId } });
  if (count === 0) throw new AppError("NOT_FOUND", "That ML metric is not mapped to this objective.");
  return { objectiveId: input.objectiveId, mlMetricId: input.mlMetricId };
}
