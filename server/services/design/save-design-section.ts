import "server-only";
// Saves one section. The caller names the revision its edit was based on; the update is applied
// only where that revision is still current (a conditional update inside the transaction), so of
// any number of simultaneous saves at one revision exactly one wins and the others get CONFLICT
// with the current content, from which the editor merges. Every accepted save writes a revision.
import type { Db } from "../../db/connection";
import { isUniqueViolation } from "../../db/errors";
import { AppError } from "../../errors/app-error";
import { changedKeys, type SectionContent } from "../../domain/design/section";
import type { StepNumber } from "../../domain/design/steps";
import type { MemberActor } from "../actor";
import { sectionView } from "./get-design-section";
import { openThreadCount, readOrCreate, refuseIfArchived, requireMembers, sectionSelect, toContent, type DesignProjectRef } from "./section-store";

export const STALE_SECTION_MESSAGE = "This section was saved again since you opened it. The current version is shown beside yours so nothing is lost.";

export interface SaveSectionInput {
  project: DesignProjectRef;
  step: StepNumber;
  baseRevision: number;
  content: SectionContent;
  /** Marks a done section as reviewed again now (clears "review due"). */
  confirmReview?: boolean;
  /** The section owner may mark it done while review comments are still open. */
  overrideOpenComments?: boolean;
}

export async function saveDesignSection(db: Db, actor: MemberActor, input: SaveSectionInput) {
  refuseIfArchived(input.project);
  const before = await readOrCreate(db, input.project.id, () =>
    db.designSection.findFirst({
      where: { step: input.step, document: { projectId: input.project.id } },
      select: { ...sectionSelect, ...openThreadCount, document: { select: { reviewPeriodDays: true } } },
    }),
  );
  const period = before.document.reviewPeriodDays;
  const conflict = async () => {
    const current = await db.designSection.findUniqueOrThrow({ where: { id: before.id }, select: sectionSelect });
    // Whether the newer save was this person's own (another tab or window), so nobody is blamed.
    const last = await db.designRevision.findFirst({ where: { sectionId: before.id }, orderBy: { revision: "desc" }, select: { authorId: true } });
    return new AppError("CONFLICT", STALE_SECTION_MESSAGE, { current: sectionView(current, input.project, period), byYou: last?.authorId === actor.user.id });
  };
  if (before.revision !== input.baseRevision) throw await conflict();

  // People are checked only when they change, so a save never fails for an unchanged name.
  const newOwner = input.content.ownerId !== before.ownerId ? input.content.ownerId : null;
  const newReviewer = input.content.reviewerId !== before.reviewerId ? input.content.reviewerId : null;
  await requireMembers(db, input.project.workspaceId, [newOwner], "ownerId");
  await requireMembers(db, input.project.workspaceId, [newReviewer], "reviewerId");

  const openComments = before._count.comments;
  const becomesDone = input.content.status === "DONE" && (before.status !== "DONE" || input.confirmReview);
  if (becomesDone && openComments > 0) {
    const isOwner = before.ownerId === actor.user.id;
    if (!input.overrideOpenComments || !isOwner) {
      throw new AppError(
        "PRECONDITION_FAILED",
        isOwner
          ? `This section has ${openComments} unresolved review comment(s). Resolve them, or confirm that you mark it done anyway.`
          : `This section has ${openComments} unresolved review comment(s): resolve them first, or ask the section owner to mark it done.`,
      );
    }
  }

  // `before` holds exactly revision `baseRevision` (content changes only with the revision), so
  // the changed keys are right whenever the conditional update below succeeds.
  const changed = changedKeys(toContent(before), input.content);
  const now = new Date();
  try {
    const [saved] = await db.$transaction([
      // Conditional on the revision: of simultaneous saves at one revision, exactly one matches.
      db.designSection.update({
        where: { id: before.id, revision: input.baseRevision },
        data: {
          fields: input.content.fields,
          notes: input.content.notes,
          status: input.content.status,
          ownerId: input.content.ownerId,
          reviewerId: input.content.reviewerId,
          revision: { increment: 1 },
          updatedAt: now,
          ...(becomesDone ? { lastReviewedAt: now, stageAtReview: input.project.stage } : {}),
        },
        select: sectionSelect,
      }),
      db.designRevision.create({
        data: { sectionId: before.id, revision: input.baseRevision + 1, authorId: actor.user.id, changedFields: changed, snapshot: { ...input.content }, createdAt: now },
        select: { id: true },
      }),
    ]);
    return { section: sectionView(saved, input.project, period, now), changed };
  } catch (e) {
    // No row at that revision (someone saved first), or their revision row already exists.
    if (isRecordNotFound(e) || isUniqueViolation(e)) throw await conflict();
    throw e;
  }
}

function isRecordNotFound(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: unknown }).code === "P2025";
}
