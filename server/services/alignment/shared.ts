import "server-only";
// Selects, row-to-domain mappers and guards shared by the alignment services.
import type { Db } from "../../db/connection";
import type { Prisma } from "../../db/generated/client";
import { isoDate, STALE_ALIGNMENT_EDIT, type CheckInPoint, type Confidence, type MetricDef } from "../../domain/alignment";
import { AppError } from "../../errors/app-error";
import type { MemberActor } from "../actor";

export const objectiveSelect = {
  id: true,
  projectId: true,
  statement: true,
  metricName: true,
  unit: true,
  baseline: true,
  target: true,
  direction: true,
  targetDate: true,
  version: true,
  createdAt: true,
  owner: { select: { id: true, name: true } },
  mappings: { select: { mlMetricId: true, hypothesis: true }, orderBy: { createdAt: "asc" } },
} satisfies Prisma.BusinessObjectiveSelect;

export const mlMetricSelect = {
  id: true,
  projectId: true,
  name: true,
  unit: true,
  baseline: true,
  target: true,
  direction: true,
  version: true,
} satisfies Prisma.MlMetricSelect;

export const checkInSelect = {
  id: true,
  objectiveId: true,
  date: true,
  businessValue: true,
  mlValues: true,
  confidence: true,
  note: true,
  version: true,
  updatedAt: true,
} satisfies Prisma.CheckInSelect;

export type ObjectiveRow = Prisma.BusinessObjectiveGetPayload<{ select: typeof objectiveSelect }>;
export type MlMetricRow = Prisma.MlMetricGetPayload<{ select: typeof mlMetricSelect }>;
export type CheckInRow = Prisma.CheckInGetPayload<{ select: typeof checkInSelect }>;

/** Keeps only finite numbers from the stored { mlMetricId: value } map. */
export function readMlValues(json: Prisma.JsonValue): Record<string, number> {
  const out: Record<string, number> = {};
  if (json && typeof json === "object" && !Array.isArray(json)) {
    for (const [k, v] of Object.entries(json)) if (typeof v === "number" && Number.isFinite(v)) out[k] = v;
  }
  return out;
}

export function toCheckIn(row: CheckInRow) {
  return { ...row, date: isoDate(row.date), mlValues: readMlValues(row.mlValues) };
}
export type CheckInView = ReturnType<typeof toCheckIn>;

export function toPoint(c: CheckInView): CheckInPoint {
  return { date: c.date, business: c.businessValue, ml: c.mlValues, confidence: c.confidence as Confidence | null, note: c.note };
}

export function objectiveMetric(o: ObjectiveRow): MetricDef & { targetDate: string | null; createdDate: string } {
  return {
    id: o.id,
    name: o.metricName,
    unit: o.unit,
    baseline: o.baseline,
    target: o.target,
    direction: o.direction,
    targetDate: o.targetDate ? isoDate(o.targetDate) : null,
    createdDate: isoDate(o.createdAt),
  };
}

export function toObjective(o: ObjectiveRow) {
  return { ...o, targetDate: o.targetDate ? isoDate(o.targetDate) : null, createdAt: isoDate(o.createdAt) };
}

/** Refuses writes to an archived project, the same way project edits are refused. */
export async function assertProjectWritable(db: Db | Prisma.TransactionClient, projectId: string) {
  const project = await db.project.findUniqueOrThrow({ where: { id: projectId }, select: { archivedAt: true } });
  if (project.archivedAt) throw new AppError("PRECONDITION_FAILED", "Restore this project before changing its alignment.");
}

/** An owner must be a member of the project's workspace. */
export async function assertWorkspaceMember(db: Db, workspaceId: string, userId: string | null | undefined) {
  if (!userId) return;
  const member = await db.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId } }, select: { id: true } });
  if (!member) throw new AppError("BAD_REQUEST", "ownerId: must be a member of this workspace");
}

/**
 * The answer to a save based on an old version: the current version, and whether the newer save was
 * the caller's own (another tab or window), so the page blames nobody when it was them.
 */
export function staleEdit<T>(current: T, lastEditorId: string | null | undefined, actor: MemberActor): AppError {
  // Unknown (null) for rows last saved before editors were recorded: the page then blames nobody.
  return new AppError("CONFLICT", STALE_ALIGNMENT_EDIT, { current, byYou: lastEditorId ? lastEditorId === actor.user.id : null });
}

export function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

export interface ObjectiveFields {
  statement: string;
  metricName: string;
  unit: string;
  baseline: number;
  target: number;
  direction: "INCREASE" | "DECREASE";
  targetDate: string | null;
  ownerId: string | null;
}

export interface MlMetricFields {
  name: string;
  unit: string;
  baseline: number;
  target: number;
  direction: "INCREASE" | "DECREASE";
}

export interface CheckInFields {
  date: string;
  businessValue: number;
  mlValues: Record<string, number>;
  confidence: Confidence | null;
  note: string;
}
