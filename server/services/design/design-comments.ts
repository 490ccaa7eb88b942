import "server-only";
// Review comments on a section: a thread is a comment and its replies (one level); threads are
// resolved and reopened as a whole. Anyone in the workspace may comment and resolve.
import type { Db } from "../../db/connection";
import { AppError } from "../../errors/app-error";
import { LIMITS } from "../../domain/design/fields";
import type { StepNumber } from "../../domain/design/steps";
import type { MemberActor } from "../actor";
import { ensureDocument, refuseIfArchived, type DesignProjectRef } from "./section-store";

export async function addDesignComment(
  db: Db,
  actor: MemberActor,
  input: { project: DesignProjectRef; step: StepNumber; body: string; parentId?: string },
) {
  refuseIfArchived(input.project);
  const document = await ensureDocument(db, input.project.id);
  const section = await db.designSection.findUniqueOrThrow({
    where: { documentId_step: { documentId: document.id, step: input.step } },
    select: { id: true, _count: { select: { comments: true } } },
  });
  if (section._count.comments >= LIMITS.commentsPerSection) {
    throw new AppError("PRECONDITION_FAILED", `A section holds at most ${LIMITS.commentsPerSection} comments: resolve and summarise some threads in the notes.`);
  }
  if (input.parentId) {
    const parent = await db.designComment.findFirst({ where: { id: input.parentId, sectionId: section.id }, select: { parentId: true } });
    if (!parent) throw new AppError("NOT_FOUND", "parentId: no such comment on this section");
    if (parent.parentId) throw new AppError("BAD_REQUEST", "parentId: reply to the first comment of the thread");
  }
  return db.designComment.create({
    data: { sectionId: section.id, parentId: input.parentId ?? null, authorId: actor.user.id, body: input.body },
    select: { id: true, parentId: true, createdAt: true },
  });
}

export async function resolveDesignComment(
  db: Db,
  actor: MemberActor,
  input: { project: DesignProjectRef; commentId: string; resolved: boolean },
) {
  refuseIfArchived(input.project);
  // The comment must belong to this project's document: another project's comment is NOT_FOUND.
  const comment = await db.designComment.findFirst({
    where: { id: input.commentId, section: { document: { projectId: input.project.id } } },
    select: { id: true, parentId: true },
  });
  if (!comment) throw new AppError("NOT_FOUND", "Comment not found.");
  if (comment.parentId) throw new AppError("BAD_REQUEST", "commentId: resolve the thread from its first comment");
  return db.designComment.update({
    where: { id: comment.id },
    data: input.resolved ? { resolvedAt: new Date(), resolvedById: actor.user.id } : { resolvedAt: null, resolvedById: null },
    select: { id: true, resolvedAt: true },
  });
}
