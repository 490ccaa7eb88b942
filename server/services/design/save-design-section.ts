import "server-only";
// Saves one section. The caller names the revision its edit was based on; the update is applied
// only where that revision is still current (a conditional update inside the transaction), so of
// any number of simultaneous saves at one revision exactly one wins and the others get CONFLICT
// with the current content, from which the editor merges. Every accepted save writes a revision.
import type { Db } from "../../db/connection";
import { AppError } from "../../errors/app-error";
import { changedKeys, type SectionContent } from "../../domain/design/section";
import type { StepNumber } from "../../domain/design/steps";
import type { MemberActor } from "../actor";
import { sectionView } from "./get-design-section";
import { ensureDocument, refuseIfArchived, requireMembers, sectionSelect, toContent, type DesignProjectRef } from "./section-store";

export const STALE_SECTION_MESSAGE = "Someone else saved this section since you opened it. Their version is shown beside yours so nothing is lost.";

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
  const document = await ensureDocument(db, input.project.id);
  await requireMembers(db, input.project.workspaceId, [input.content.ownerId], "ownerId");
  await requireMembers(db, input.project.workspaceId, [input.content.reviewerId], "reviewerId");
  const where = { documentId_step: { documentId: document.id, step: input.step } };

  return db.$transaction(async (tx) => {
    const conflict = async () => {
      const current = await tx.designSection.findUniqueOrThrow({ where, select: sectionSelect });
      return new AppError("CONFLICT", STALE_SECTION_MESSAGE, { current: sectionView(current, input.project, document.reviewPeriodDays) });
    };
    const before = await tx.designSection.findUniqueOrThrow({ where, select: { ...sectionSelect, _count: { select: { comments: { where: { parentId: null, resolvedAt: null } } } } } });
    if (before.revision !== input.baseRevision) throw await conflict();

    const becomesDone = input.content.status === "DONE" && (before.status !== "DONE" || input.confirmReview);
    if (becomesDone && before._count.comments > 0) {
      const isOwner = before.owner?.id === actor.user.id;
      if (!input.overrideOpenComments || !isOwner) {
        throw new AppError(
          "PRECONDITION_FAILED",
          isOwner
            ? `This section has ${before._count.comments} unresolved review comment(s). Resolve them, or confirm that you mark it done anyway.`
            : `This section has ${before._count.comments} unresolved review comment(s): resolve them first, or ask the section owner to mark it done.`,
        );
      }
    }

    const changed = changedKeys(toContent(before), input.content);
    const now = new Date();
    const { count } = await tx.designSection.updateMany({
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
    });
    if (count === 0) throw await conflict();
    await tx.designRevision.create({
      data: {
        sectionId: before.id,
        revision: input.baseRevision + 1,
        authorId: actor.user.id,
        changedFields: changed,
        snapshot: { ...input.content },
        createdAt: now,
      },
    });
    const saved = await tx.designSection.findUniqueOrThrow({ where, select: sectionSelect });
    return { section: sectionView(saved, input.project, document.reviewPeriodDays, now), changed };
  });
}
