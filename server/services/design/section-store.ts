import "server-only";
// Shared reads for the design services: the document (created with its ten sections on first
// use), one section as the client sees it, and the project facts the rules need.
import type { Db } from "../../db/connection";
import type { Prisma } from "../../db/generated/client";
import { AppError } from "../../errors/app-error";
import type { SectionFields } from "../../domain/design/fields";
import type { SectionContent } from "../../domain/design/section";
import { STEP_NUMBERS } from "../../domain/design/steps";
import type { ProjectStage } from "../../domain/project";

/** The project as the procedure builder loaded it. */
export interface DesignProjectRef {
  id: string;
  workspaceId: string;
  ownerId: string;
  stage: ProjectStage;
  archivedAt: Date | null;
}

const person = { select: { id: true, name: true } } as const;

export const sectionSelect = {
  id: true,
  step: true,
  fields: true,
  notes: true,
  status: true,
  revision: true,
  lastReviewedAt: true,
  stageAtReview: true,
  updatedAt: true,
  // Ids only: Prisma loads each relation with a query of its own, and the editor has the names.
  ownerId: true,
  reviewerId: true,
} satisfies Prisma.DesignSectionSelect;

/** For lists that show names (the table of contents). */
export const sectionPeopleSelect = { owner: person, reviewer: person } satisfies Prisma.DesignSectionSelect;

/** Unresolved threads of a section (a thread is its first comment). */
export const openThreadCount = { _count: { select: { comments: { where: { parentId: null, resolvedAt: null } } } } } as const;

/** Reads something of a project's document, creating the document first if it does not exist yet. */
export async function readOrCreate<T>(db: Db, projectId: string, read: () => Promise<T | null>): Promise<T> {
  const found = await read();
  if (found) return found;
  await ensureDocument(db, projectId);
  return (await read())!;
}

export type SectionRow = Prisma.DesignSectionGetPayload<{ select: typeof sectionSelect }>;

export function toContent(row: Pick<SectionRow, "fields" | "notes" | "status" | "ownerId" | "reviewerId">): SectionContent {
  return { fields: (row.fields ?? {}) as SectionFields, notes: row.notes, status: row.status, ownerId: row.ownerId, reviewerId: row.reviewerId };
}

/** The document id for a project, creating the document and its ten empty sections if needed. */
export async function ensureDocument(db: Db, projectId: string): Promise<{ id: string; reviewPeriodDays: number }> {
  const select = { id: true, reviewPeriodDays: true } as const;
  const existing = await db.designDocument.findUnique({ where: { projectId }, select });
  if (existing) return existing;
  try {
    // A new document starts with the workspace's review period.
    const project = await db.project.findUniqueOrThrow({ where: { id: projectId }, select: { workspace: { select: { designReviewDays: true } } } });
    return await db.designDocument.create({
      data: { projectId, reviewPeriodDays: project.workspace.designReviewDays, sections: { create: STEP_NUMBERS.map((step) => ({ step })) } },
      select,
    });
  } catch (e) {
    // Two first opens at once: the other one created it; read theirs.
    const created = await db.designDocument.findUnique({ where: { projectId }, select });
    if (created) return created;
    throw e;
  }
}

export function refuseIfArchived(project: DesignProjectRef): void {
  if (project.archivedAt) throw new AppError("PRECONDITION_FAILED", "This project is archived: restore it before editing its design document.");
}

/** Refuses people who are not members of the project's workspace as owner or reviewer. */
export async function requireMembers(db: Db, workspaceId: string, userIds: (string | null)[], field: string): Promise<void> {
  const ids = [...new Set(userIds.filter((id): id is string => Boolean(id)))];
  if (!ids.length) return;
  const found = await db.membership.count({ where: { workspaceId, userId: { in: ids } } });
  if (found !== ids.length) throw new AppError("BAD_REQUEST", `${field}: must be a member of this workspace`);
}
