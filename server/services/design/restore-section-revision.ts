import "server-only";
// Restoring an old revision saves its content as a new revision, so nothing in history is lost
// and a restore based on a stale revision is refused like any other save.
import type { Db } from "../../db/connection";
import type { StepNumber } from "../../domain/design/steps";
import type { MemberActor } from "../actor";
import { saveDesignSection } from "./save-design-section";
import { loadRevision } from "./section-history";
import type { DesignProjectRef } from "./section-store";

export async function restoreSectionRevision(
  db: Db,
  actor: MemberActor,
  input: { project: DesignProjectRef; step: StepNumber; revision: number; baseRevision: number },
) {
  const content = await loadRevision(db, input.project, input.step, input.revision);
  // People who have left the workspace since cannot be restored as owner or reviewer.
  const members = await db.membership.findMany({
    where: { workspaceId: input.project.workspaceId, userId: { in: [content.ownerId, content.reviewerId].filter((id): id is string => Boolean(id)) } },
    select: { userId: true },
  });
  const stillMember = (id: string | null) => (id && members.some((m) => m.userId === id) ? id : null);
  return saveDesignSection(db, actor, {
    project: input.project,
    step: input.step,
    baseRevision: input.baseRevision,
    content: { ...content, ownerId: stillMember(content.ownerId), reviewerId: stillMember(content.reviewerId), status: content.status === "DONE" ? "IN_REVIEW" : content.status },
  });
}
