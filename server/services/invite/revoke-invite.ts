import "server-only";
import type { Db } from "../../db/connection";
import { AppError } from "../../errors/app-error";
import type { MemberActor } from "../actor";

export async function revokeInvite(db: Db, actor: MemberActor, input: { inviteId: string }): Promise<{ revoked: string }> {
  const { count } = await db.invite.updateMany({
    where: { id: input.inviteId, workspaceId: actor.membership.workspaceId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw new AppError("NOT_FOUND", "Invite not found or already revoked.");
  return { revoked: input.inviteId };
}
