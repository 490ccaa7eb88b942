import "server-only";
// The two hot paths in raw SQL, measured (scripts/bench/alignment.ts): Prisma's createMany took
// ~1.6 ms a row through the driver adapters and a nested `take` read every check-in before
// trimming. One INSERT … SELECT FROM unnest(arrays) writes 10,000 rows in one statement, and a
// LATERAL join reads each objective's latest rows straight off the (objectiveId, date) index.
import type { Db } from "../../db/connection";
import { isUniqueViolation } from "../../db/errors";
import { Prisma } from "../../db/generated/client";
import type { Confidence } from "../../domain/alignment";
import type { CheckInRow } from "./shared";

type Tx = Prisma.TransactionClient | Db;

/**
 * A unique constraint refused a raw statement. Raw queries fail with P2010 and carry the
 * PostgreSQL code in meta.driverAdapterError, where the shared isUniqueViolation does not look.
 */
export function isRawUniqueViolation(error: unknown): boolean {
  if (isUniqueViolation(error)) return true;
  const cause = (error as { meta?: { driverAdapterError?: { cause?: { code?: unknown; originalCode?: unknown } } } } | null)?.meta?.driverAdapterError?.cause;
  // PGlite's adapter passes the SQLSTATE as `code`, adapter-pg as `originalCode`.
  return cause?.code === "23505" || cause?.originalCode === "23505";
}

export interface NewCheckIn {
  id: string;
  date: string;
  businessValue: number;
  mlValues: Record<string, number>;
  confidence: Confidence | null;
  note: string;
}

/** Inserts the check-ins and a CREATE revision for each, two statements whatever the count. */
export async function insertCheckIns(tx: Tx, objectiveId: string, rows: readonly NewCheckIn[], actor: { id: string; name: string }) {
  if (rows.length === 0) return;
  const ids = rows.map((r) => r.id);
  const dates = rows.map((r) => r.date);
  const values = rows.map((r) => r.businessValue);
  const ml = rows.map((r) => JSON.stringify(r.mlValues));
  const confidence = rows.map((r) => r.confidence);
  const notes = rows.map((r) => r.note);
  await tx.$executeRaw`
    INSERT INTO "CheckIn" ("id", "objectiveId", "date", "businessValue", "mlValues", "confidence", "note", "version", "createdAt", "updatedAt")
    SELECT u.id, ${objectiveId}, u.date, u.value, u.ml, u.confidence::"CheckInConfidence", u.note, 1, now(), now()
    FROM unnest(${ids}::text[], ${dates}::date[], ${values}::float8[], ${ml}::jsonb[], ${confidence}::text[], ${notes}::text[])
      AS u(id, date, value, ml, confidence, note)`;
  await tx.$executeRaw`
    INSERT INTO "CheckInRevision" ("id", "objectiveId", "checkInId", "action", "version", "date", "businessValue", "mlValues", "confidence", "note", "actorId", "actorName", "createdAt")
    SELECT gen_random_uuid()::text, ${objectiveId}, u.id, 'CREATE'::"RevisionAction", 1, u.date, u.value, u.ml, u.confidence::"CheckInConfidence", u.note, ${actor.id}, ${actor.name}, now()
    FROM unnest(${ids}::text[], ${dates}::date[], ${values}::float8[], ${ml}::jsonb[], ${confidence}::text[], ${notes}::text[])
      AS u(id, date, value, ml, confidence, note)`;
}

/** Which of these dates already have a check-in for the objective. */
export async function takenDates(db: Db, objectiveId: string, dates: readonly string[]): Promise<Set<string>> {
  if (dates.length === 0) return new Set();
  const rows = await db.$queryRaw<{ d: string }[]>`
    SELECT to_char("date", 'YYYY-MM-DD') AS d FROM "CheckIn" WHERE "objectiveId" = ${objectiveId} AND "date" = ANY(${[...dates]}::date[])`;
  return new Set(rows.map((r) => r.d));
}

interface RawCheckIn {
  id: string;
  objectiveId: string;
  date: Date | string;
  businessValue: number;
  mlValues: Prisma.JsonValue;
  confidence: string | null;
  note: string;
  version: number;
  updatedAt: Date | string;
}

/**
 * The latest `limit` check-ins of each objective (of the named objectives, or of every objective
 * of a project), newest first, in one query.
 */
export async function latestCheckIns(db: Db, of: { objectiveIds: readonly string[] } | { projectId: string }, limit: number): Promise<Map<string, CheckInRow[]>> {
  const byObjective = new Map<string, CheckInRow[]>();
  const objectives =
    "projectId" in of
      ? Prisma.sql`(SELECT id FROM "BusinessObjective" WHERE "projectId" = ${of.projectId}) AS o`
      : Prisma.sql`unnest(${[...of.objectiveIds]}::text[]) AS o(id)`;
  if ("objectiveIds" in of && of.objectiveIds.length === 0) return byObjective;
  const rows = await db.$queryRaw<RawCheckIn[]>`
    SELECT c.id, c."objectiveId", c.date, c."businessValue", c."mlValues", c.confidence::text AS confidence, c.note, c.version, c."updatedAt"
    FROM ${objectives}
    CROSS JOIN LATERAL (
      SELECT * FROM "CheckIn" WHERE "objectiveId" = o.id ORDER BY "date" DESC LIMIT ${limit}
    ) AS c`;
  for (const r of rows) {
    if (!byObjective.has(r.objectiveId)) byObjective.set(r.objectiveId, []);
    byObjective.get(r.objectiveId)!.push({
      ...r,
      date: new Date(r.date),
      updatedAt: new Date(r.updatedAt),
      confidence: r.confidence as Confidence | null,
      version: Number(r.version),
    });
  }
  return byObjective;
}
