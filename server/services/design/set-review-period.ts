import "server-only";
// Sets how long a done section of this project's design document stays current before it is
// flagged "review due". The project's owner and workspace admins decide it, as they manage the project.
import type { Db } from "../../db/connection";
import { canManageProject } from "../../domain/project";
import { AppError } from "../../errors/app-error";
import type { MemberActor } from "../actor";
import { ensureDocument, refuseIfArchived, type DesignProjectRef } from "./section-store";

export async function setReviewPeriod(db: Db, actor: MemberActor, input: { project: DesignProjectRef; days: number }) {
  if (!canManageProject(actor.membership, input.project)) {
    throw new AppError("FORBIDDEN", "Only the project owner or a workspace admin can change the review period.");
  }
  refuseIfArchived(input.project);
  const document = await ensureDocument(db, input.project.id);
  return db.designDocument.update({ where: { id: document.id }, data: { reviewPeriodDays: input.days }, select: { reviewPeriodDays: true } });
}
