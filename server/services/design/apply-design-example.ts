import "server-only";
// Starts a document from an example: every section nobody has saved yet gets the example's
// fields and notes as its first revision (status draft). Sections already written are left alone.
import type { Db } from "../../db/connection";
import { DESIGN_EXAMPLES, type DesignExampleId } from "../../domain/design/examples";
import { STEP_NUMBERS } from "../../domain/design/steps";
import type { MemberActor } from "../actor";
import { ensureDocument, refuseIfArchived, type DesignProjectRef } from "./section-store";

export async function applyDesignExample(db: Db, actor: MemberActor, input: { project: DesignProjectRef; example: DesignExampleId }) {
  refuseIfArchived(input.project);
  const document = await ensureDocument(db, input.project.id);
  const example = DESIGN_EXAMPLES[input.example];
  let applied = 0;
  for (const step of STEP_NUMBERS) {
    const content = { fields: example[step].fields, notes: example[step].notes, status: "DRAFT" as const, ownerId: null, reviewerId: null };
    await db.$transaction(async (tx) => {
      const section = await tx.designSection.findUniqueOrThrow({ where: { documentId_step: { documentId: document.id, step } }, select: { id: true } });
      // Conditional on revision 0: a section someone saved meanwhile is not overwritten.
      const { count } = await tx.designSection.updateMany({
        where: { id: section.id, revision: 0 },
        data: { ...content, revision: 1, updatedAt: new Date() },
      });
      if (count === 0) return;
      applied += 1;
      await tx.designRevision.create({
        data: { sectionId: section.id, revision: 1, authorId: actor.user.id, changedFields: [...Object.keys(content.fields), "notes", "status"], snapshot: content },
      });
    });
  }
  return { applied };
}
