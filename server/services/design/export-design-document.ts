import "server-only";
// The whole document as Markdown, for download and for the print page.
import type { Db } from "../../db/connection";
import { renderDesignMarkdown } from "../../domain/design/export-markdown";
import type { MemberActor } from "../actor";
import { ensureDocument, sectionPeopleSelect, sectionSelect, toContent, type DesignProjectRef } from "./section-store";

export async function exportDesignDocument(db: Db, _actor: MemberActor, input: { project: DesignProjectRef; titles: Record<number, string> }) {
  const document = await ensureDocument(db, input.project.id);
  const [project, sections] = await Promise.all([
    db.project.findUniqueOrThrow({ where: { id: input.project.id }, select: { name: true } }),
    db.designSection.findMany({ where: { documentId: document.id }, select: { ...sectionSelect, ...sectionPeopleSelect }, orderBy: { step: "asc" } }),
  ]);
  const markdown = renderDesignMarkdown({
    projectName: project.name,
    titles: input.titles,
    sections: sections.map((s) => ({ ...toContent(s), step: s.step, ownerName: s.owner?.name ?? null, reviewerName: s.reviewer?.name ?? null })),
  });
  return { projectName: project.name, markdown };
}
