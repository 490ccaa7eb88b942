import "server-only";
// Check-ins: create, edit and delete, each writing a revision in the same transaction, and the
// history of one check-in (which outlives its deletion).
import type { Db } from "../../db/connection";
import { isUniqueViolation } from "../../db/errors";
import type { Prisma } from "../../db/generated/client";
import { isoDate } from "../../domain/alignment";
import { AppError } from "../../errors/app-error";
import type { MemberActor } from "../actor";
import { assertProjectWritable, checkInSelect, readMlValues, staleEdit, toCheckIn, toDate, type CheckInFields } from "./shared";

const dateTaken = (date: string) => new AppError("CONFLICT", `date: ${date} already has a check-in; edit that one instead`);

/** ML values may only name metrics mapped to the objective. */
export async function assertMappedMetrics(db: Db, objectiveId: string, ids: readonly string[]) {
  if (ids.length === 0) return;
  const mapped = await db.metricMapping.findMany({ where: { objectiveId, mlMetricId: { in: [...ids] } }, select: { mlMetricId: true } });
  const known = new Set(mapped.map((m) => m.mlMetricId));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new AppError("BAD_REQUEST", `mlValues: ${unknown.length} value(s) name an ML metric that is not mapped to this objective`);
}

function revisionOf(row: { id: string; objectiveId: string; version: number; date: Date; businessValue: number; mlValues: object; confidence: CheckInFields["confidence"]; note: string }, action: "CREATE" | "UPDATE" | "DELETE", actor: MemberActor) {
  return {
    objectiveId: row.objectiveId,
    checkInId: row.id,
    action,
    version: row.version,
    date: row.date,
    businessValue: row.businessValue,
    mlValues: row.mlValues,
    confidence: row.confidence,
    note: row.note,
    actorId: actor.user.id,
    actorName: actor.user.name,
  };
}

export async function createCheckIn(db: Db, actor: MemberActor, input: CheckInFields & { objectiveId: string; projectId: string }) {
  const { objectiveId, projectId, ...f } = input;
  await assertProjectWritable(db, projectId);
  await assertMappedMetrics(db, objectiveId, Object.keys(f.mlValues));
  try {
    const row = await db.$transaction(async (tx) => {
      const created = await tx.checkIn.create({ data: { objectiveId, ...f, date: toDate(f.date) }, select: checkInSelect });
      await tx.checkInRevision.create({ data: revisionOf({ ...created, mlValues: f.mlValues }, "CREATE", actor) });
      return created;
    });
    return toCheckIn(row);
  } catch (e) {
    if (isUniqueViolation(e)) throw dateTaken(f.date);
    throw e;
  }
}

/** The current check-in and whether its last revision was the caller's, for a refused stale edit. */
async function staleCheckIn(db: Db, actor: MemberActor, objectiveId: string, checkInId: string) {
  const current = toCheckIn(await findCheckIn(db, objectiveId, checkInId));
  const last = await db.checkInRevision.findFirst({ where: { checkInId, objectiveId }, orderBy: { version: "desc" }, select: { actorId: true } });
  return staleEdit(current, last?.actorId, actor);
}

async function findCheckIn(db: Db, objectiveId: string, checkInId: string) {
  const row = await db.checkIn.findFirst({ where: { id: checkInId, objectiveId }, select: checkInSelect });
  if (!row) throw new AppError("NOT_FOUND", "Check-in not found: it may have been deleted.");
  return row;
}

export async function updateCheckIn(db: Db, actor: MemberActor, input: CheckInFields & { objectiveId: string; projectId: string; checkInId: string; version: number }) {
  const { objectiveId, projectId, checkInId, version, ...f } = input;
  await assertProjectWritable(db, projectId);
  await findCheckIn(db, objectiveId, checkInId);
  await assertMappedMetrics(db, objectiveId, Object.keys(f.mlValues));
  try {
    const row = await db.$transaction(async (tx) => {
      const { count } = await tx.checkIn.updateMany({
        where: { id: checkInId, objectiveId, version },
        data: { ...f, date: toDate(f.date), version: { increment: 1 } },
      });
      if (count === 0) return null;
      const updated = await tx.checkIn.findUniqueOrThrow({ where: { id: checkInId }, select: checkInSelect });
      await tx.checkInRevision.create({ data: revisionOf({ ...updated, mlValues: f.mlValues }, "UPDATE", actor) });
      return updated;
    });
    if (!row) throw await staleCheckIn(db, actor, objectiveId, checkInId);
    return toCheckIn(row);
  } catch (e) {
    if (isUniqueViolation(e)) throw dateTaken(f.date);
    throw e;
  }
}

/** Deletes a check-in if it is still at the version the caller saw; the history keeps its last values. */
export async function deleteCheckIn(db: Db, actor: MemberActor, input: { objectiveId: string; projectId: string; checkInId: string; version: number }) {
  await assertProjectWritable(db, input.projectId);
  const row = await findCheckIn(db, input.objectiveId, input.checkInId);
  const deleted = await db.$transaction(async (tx) => {
    const { count } = await tx.checkIn.deleteMany({ where: { id: input.checkInId, objectiveId: input.objectiveId, version: input.version } });
    if (count === 0) return false;
    await tx.checkInRevision.create({ data: revisionOf({ ...row, mlValues: row.mlValues as object, version: row.version + 1 }, "DELETE", actor) });
    return true;
  });
  if (!deleted) throw await staleCheckIn(db, actor, input.objectiveId, input.checkInId);
  return { id: input.checkInId };
}

const revisionSelect = {
  id: true,
  checkInId: true,
  action: true,
  version: true,
  date: true,
  businessValue: true,
  mlValues: true,
  confidence: true,
  note: true,
  actorName: true,
  createdAt: true,
} satisfies Prisma.CheckInRevisionSelect;

/** Every revision of the objective's check-ins (or of one), newest first, including deleted ones. */
export async function listCheckInHistory(db: Db, _actor: MemberActor, input: { objectiveId: string; checkInId?: string }) {
  const rows = await db.checkInRevision.findMany({
    where: { objectiveId: input.objectiveId, ...(input.checkInId ? { checkInId: input.checkInId } : {}) },
    select: revisionSelect,
    orderBy: [{ createdAt: "desc" }, { version: "desc" }],
    take: 200,
  });
  return rows.map((r) => ({ ...r, date: isoDate(r.date), mlValues: readMlValues(r.mlValues) }));
}
