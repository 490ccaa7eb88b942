import "server-only";
import type { Db } from "../../db/connection";
import type { MemberActor } from "../actor";

/** Settings any member may read: what the workspace has chosen for all its projects. */
export async function getWorkspaceSettings(db: Db, actor: MemberActor) {
  const workspace = await db.workspace.findUniqueOrThrow({ where: { id: actor.membership.workspaceId }, select: { designReviewDays: true } });
  return { designReviewDays: workspace.designReviewDays };
}
