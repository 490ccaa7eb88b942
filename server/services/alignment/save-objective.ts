import "server-only";
// Create and edit a business objective. Edits name the version they read; a stale one is refused.
import type { Db } from "../../db/connection";
import { checkTargetDirection } from "../../domain/alignment";
import { refuseWith } from "../../errors/app-error";
import type { MemberActor } from "../actor";
import { assertProjectWritable, assertWorkspaceMember, objectiveSelect, staleEdit, toDate, toObjective, type ObjectiveFields } from "./shared";

function data(f: ObjectiveFields) {
  return { ...f, targetDate: f.targetDate ? toDate(f.targetDate) : null };
}

export async function createObjective(db: Db, actor: MemberActor, input: ObjectiveFields & { projectId: string }) {
  const { projectId, ...fields } = input;
  refuseWith("BAD_REQUEST", checkTargetDirection(fields.baseline, fields.target, fields.direction));
  await assertProjectWritable(db, projectId);
  await assertWorkspaceMember(db, actor.membership.workspaceId, fields.ownerId);
  const row = await db.businessObjective.create({ data: { projectId, ...data(fields), updatedById: actor.user.id }, select: objectiveSelect });
  return toObjective(row);
}

export async function updateObjective(db: Db, actor: MemberActor, input: ObjectiveFields & { objectiveId: string; projectId: string; version: number }) {
  const { objectiveId, projectId, version, ...fields } = input;
  refuseWith("BAD_REQUEST", checkTargetDirection(fields.baseline, fields.target, fields.direction));
  await assertProjectWritable(db, projectId);
  await assertWorkspaceMember(db, actor.membership.workspaceId, fields.ownerId);
  const { count } = await db.businessObjective.updateMany({
    where: { id: objectiveId, version },
    data: { ...data(fields), version: { increment: 1 }, updatedById: actor.user.id },
  });
  const { updatedById, ...row } = await db.businessObjective.findUniqueOrThrow({ where: { id: objectiveId }, select: { ...objectiveSelect, updatedById: true } });
  if (count === 0) throw staleEdit(toObjective(row), updatedById, actor);
  return toObjective(row);
}

/** Deletes the objective with its mappings, check-ins and their history. */
export async function deleteObjective(db: Db, _actor: MemberActor, input: { objectiveId: string; projectId: string }) {
  await assertProjectWritable(db, input.projectId);
  await db.businessObjective.deleteMany({ where: { id: input.objectiveId } });
  return { id: input.objectiveId };
}
