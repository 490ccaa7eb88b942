import "server-only";
// The workspace's review period for design documents: a done section is flagged "review due" this
// many days after its last review. Setting it applies it to every document in the workspace at
// once (one transaction), and documents created later start with it; a project's owner may still
// give one document its own period afterwards (design.setReviewPeriod).
import type { Db } from "../../db/connection";
import type { MemberActor } from "../actor";

export async function setDesignReviewPeriod(db: Db, actor: MemberActor, input: { days: number }) {
  const workspaceId = actor.membership.workspaceId;
  return db.$transaction(async (tx) => {
    const workspace = await tx.workspace.update({ where: { id: workspaceId }, data: { designReviewDays: input.days }, select: { designReviewDays: true } });
    const documents = await tx.designDocument.updateMany({ where: { project: { workspaceId } }, data: { reviewPeriodDays: input.days } });
    return { designReviewDays: workspace.designReviewDays, documentsUpdated: documents.count };
  });
}

