import "server-only";
// A section's revisions, newest first, a page at a time; and the readable difference between two.
import type { Db } from "../../db/connection";
import type { Prisma } from "../../db/generated/client";
import { AppError } from "../../errors/app-error";
import { diffSections } from "../../domain/design/diff";
import type { SectionContent } from "../../domain/design/section";
import type { StepNumber } from "../../domain/design/steps";
import type { MemberActor } from "../actor";
import { ensureDocument, type DesignProjectRef } from "./section-store";

export const HISTORY_PAGE = 50;

const revisionSelect = {
  revision: true,
  createdAt: true,
  changedFields: true,
  author: { select: { id: true, name: true } },
} satisfies Prisma.DesignRevisionSelect;

async function sectionId(db: Db, project: DesignProjectRef, step: StepNumber) {
  const document = await ensureDocument(db, project.id);
  const row = await db.designSection.findUniqueOrThrow({ where: { documentId_step: { documentId: document.id, step } }, select: { id: true } });
  return row.id;
}

export async function listSectionHistory(db: Db, _actor: MemberActor, input: { project: DesignProjectRef; step: StepNumber; before?: number }) {
  const id = await sectionId(db, input.project, input.step);
  const rows = await db.designRevision.findMany({
    where: { sectionId: id, ...(input.before ? { revision: { lt: input.before } } : {}) },
    select: revisionSelect,
    orderBy: { revision: "desc" },
    take: HISTORY_PAGE + 1,
  });
  return { revisions: rows.slice(0, HISTORY_PAGE), hasMore: rows.length > HISTORY_PAGE };
}

/** The saved content of one revision of a section; NOT_FOUND when there is no such revision. */
export async function loadRevision(db: Db, project: DesignProjectRef, step: StepNumber, revision: number): Promise<SectionContent> {
  const id = await sectionId(db, project, step);
  const row = await db.designRevision.findUnique({ where: { sectionId_revision: { sectionId: id, revision } }, select: { snapshot: true } });
  if (!row) throw new AppError("NOT_FOUND", `revision: this section has no revision ${revision}`);
  return row.snapshot as unknown as SectionContent;
}

const EMPTY: SectionContent = { fields: {}, notes: "", status: "NOT_STARTED", ownerId: null, reviewerId: null };

export async function diffSectionRevisions(db: Db, _actor: MemberActor, input: { project: DesignProjectRef; step: StepNumber; from: number; to: number }) {
  const [from, to] = await Promise.all(
    [input.from, input.to].map((r) => (r === 0 ? Promise.resolve(EMPTY) : loadRevision(db, input.project, input.step, r))),
  );
  const people = [from!.ownerId, from!.reviewerId, to!.ownerId, to!.reviewerId].filter((id): id is string => Boolean(id));
  const users = people.length ? await db.user.findMany({ where: { id: { in: people } }, select: { id: true, name: true } }) : [];
  return { from: input.from, to: input.to, changes: diffSections(input.step, from!, to!, Object.fromEntries(users.map((u) => [u.id, u.name]))) };
}
