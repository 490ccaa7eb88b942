import "server-only";
// One section with everything its editor shows: content, revision, completeness, review due and
// the review comments (threads of one level, oldest first).
import type { Db } from "../../db/connection";
import type { Prisma } from "../../db/generated/client";
import { reviewDue, sectionCompleteness } from "../../domain/design/section";
import type { StepNumber } from "../../domain/design/steps";
import type { MemberActor } from "../actor";
import { LIMITS } from "../../domain/design/fields";
import { readOrCreate, sectionSelect, toContent, type DesignProjectRef, type SectionRow } from "./section-store";

const commentSelect = {
  id: true,
  parentId: true,
  body: true,
  createdAt: true,
  resolvedAt: true,
  author: { select: { id: true, name: true } },
  resolvedBy: { select: { id: true, name: true } },
} satisfies Prisma.DesignCommentSelect;

export function sectionView(row: SectionRow, project: DesignProjectRef, reviewPeriodDays: number, now = new Date()) {
  return {
    step: row.step,
    revision: row.revision,
    content: toContent(row),
    updatedAt: row.updatedAt,
    lastReviewedAt: row.lastReviewedAt,
    completeness: sectionCompleteness(row.step as StepNumber, toContent(row).fields),
    reviewDue: reviewDue(row, project, now, reviewPeriodDays),
  };
}

export type SectionView = ReturnType<typeof sectionView>;

export async function getDesignSection(db: Db, _actor: MemberActor, input: { project: DesignProjectRef; step: StepNumber }) {
  const row = await readOrCreate(db, input.project.id, () =>
    db.designSection.findFirst({
      where: { step: input.step, document: { projectId: input.project.id } },
      select: {
        ...sectionSelect,
        document: { select: { reviewPeriodDays: true } },
        comments: { select: commentSelect, orderBy: { createdAt: "asc" }, take: LIMITS.commentsPerSection },
      },
    }),
  );
  const { comments, document, ...section } = row;
  const threads = comments.filter((c) => !c.parentId).map((c) => ({ ...c, replies: comments.filter((r) => r.parentId === c.id) }));
  return { section: sectionView(section, input.project, document.reviewPeriodDays), threads };
}
