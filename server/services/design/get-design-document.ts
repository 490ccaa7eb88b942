import "server-only";
// The table of contents of a project's design document: per step its status, completeness,
// review due, people and open comments. Fields stay on the server; only their summary leaves.
import type { Db } from "../../db/connection";
import { reviewDue, sectionCompleteness } from "../../domain/design/section";
import type { SectionFields } from "../../domain/design/fields";
import type { StepNumber } from "../../domain/design/steps";
import type { MemberActor } from "../actor";
import { openThreadCount, sectionPeopleSelect, readOrCreate, sectionSelect, type DesignProjectRef } from "./section-store";

export async function getDesignDocument(db: Db, _actor: MemberActor, input: { project: DesignProjectRef; now?: Date }) {
  const document = await readOrCreate(db, input.project.id, () =>
    db.designDocument.findUnique({
      where: { projectId: input.project.id },
      select: { id: true, reviewPeriodDays: true, sections: { select: { ...sectionSelect, ...sectionPeopleSelect, ...openThreadCount }, orderBy: { step: "asc" } } },
    }),
  );
  const now = input.now ?? new Date();
  return {
    documentId: document.id,
    reviewPeriodDays: document.reviewPeriodDays,
    sections: document.sections.map((s) => ({
      step: s.step,
      status: s.status,
      revision: s.revision,
      updatedAt: s.updatedAt,
      owner: s.owner,
      reviewer: s.reviewer,
      completeness: sectionCompleteness(s.step as StepNumber, s.fields as SectionFields),
      reviewDue: reviewDue(s, input.project, now, document.reviewPeriodDays),
      openComments: s._count.comments,
    })),
  };
}
