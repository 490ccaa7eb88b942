import "server-only";
// Create, edit and delete the ML metrics of a project.
import type { Db } from "../../db/connection";
import { isUniqueViolation } from "../../db/errors";
import { checkTargetDirection } from "../../domain/alignment";
import { AppError, refuseWith } from "../../errors/app-error";
import type { MemberActor } from "../actor";
import { assertProjectWritable, mlMetricSelect, staleEdit, type MlMetricFields } from "./shared";

const duplicateName = (name: string) => new AppError("CONFLICT", `name: "${name}" is already taken by another ML metric of this project`);

async function findMetric(db: Db, projectId: string, mlMetricId: string) {
  const metric = await db.mlMetric.findFirst({ where: { id: mlMetricId, projectId }, select: { ...mlMetricSelect, updatedById: true } });
  if (!metric) throw new AppError("NOT_FOUND", "ML metric not found.");
  return metric;
}

export async function createMlMetric(db: Db, actor: MemberActor, input: MlMetricFields & { projectId: string }) {
  refuseWith("BAD_REQUEST", checkTargetDirection(input.baseline, input.target, input.direction));
  await assertProjectWritable(db, input.projectId);
  try {
    return await db.mlMetric.create({ data: { ...input, updatedById: actor.user.id }, select: mlMetricSelect });
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicateName(input.name);
    throw e;
  }
}

export async function updateMlMetric(db: Db, actor: MemberActor, input: MlMetricFields & { projectId: string; mlMetricId: string; version: number }) {
  const { projectId, mlMetricId, version, ...fields } = input;
  refuseWith("BAD_REQUEST", checkTargetDirection(fields.baseline, fields.target, fields.direction));
  await assertProjectWritable(db, projectId);
  await findMetric(db, projectId, mlMetricId);
  let count: number;
  try {
    ({ count } = await db.mlMetric.updateMany({ where: { id: mlMetricId, projectId, version }, data: { ...fields, version: { increment: 1 }, updatedById: actor.user.id } }));
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicateName(fields.name);
    throw e;
  }
  const { updatedById, ...current } = await findMetric(db, projectId, mlMetricId);
  if (count === 0) throw staleEdit(current, updatedById, actor);
  return current;
}

/** Deletes the metric and its mappings; values already in check-ins stay in their history. */
export async function deleteMlMetric(db: Db, _actor: MemberActor, input: { projectId: string; mlMetricId: string }) {
  await assertProjectWritable(db, input.projectId);
  await findMetric(db, input.projectId, input.mlMetricId);
  await db.mlMetric.deleteMany({ where: { id: input.mlMetricId, projectId: input.projectId } });
  return { id: input.mlMetricId };
}
