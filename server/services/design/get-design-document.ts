import "server-only";
// The table of contents of a project's design document: per step its status, completeness,
// review due, people and open comments. Fields stay on the server; only their summary leaves.
import type { Db } from "../../db/connection";
import { reviewDue, sectionCompleteness } from "../../domain/design/section";
import type { SectionFields } from "../../domain/design/fields";
import type { StepNumber } from "../../domain/design/steps";
import type { MemberActor } from "../actor";
import { ensureDocument, sectionSelect, type DesignProjectRef } from "./section-store";

export async function getDesignDocument(db: Db, _actor: MemberActor, input: { project: DesignProjectRef; now?: Date }) {
  const document = await ensureDocument(db, input.project.id);
  const [sections, openComments] = await Promise.all([
    db.designSection.findMany({ where: { documentId: document.id }, select: sectionSelect, orderBy: { step: "asc" } }),
    db.designComment.groupBy({ by: ["sectionId"], where: { section: { documentId: document.id }, parentId: null, resolvedAt: null }, _count: true }),
  ]);
  const open = new Map(openComments.map((c) => [c.sectionId, c._count]));
  const now = input.now ?? new Date();
  return {
    documentId: document.id,
    reviewPeriodDays: document.reviewPeriodDays,
    sections: sections.map((s) => ({
      step: s.step,
      status: s.status,
      revision: s.revision,
      updatedAt: s.updatedAt,
      owner: s.owner,
      reviewer: s.reviewer,
      completeness: sectionCompleteness(s.step as StepNumber, s.fields as SectionFields),
      reviewDue: reviewDue(s, input.project, now, document.reviewPeriodDays),
      openComments: open.get(s.id) ?? 0,
    })),
  };
}
