import "server-only";
// An owner or admin removes someone. Their projects pass to the remover, and the removal is
// recorded so that no invite link made before this moment lets them back in.
import type { Db } from "../../db/connection";
import { refuseRemoval } from "../../domain/roles";
import { AppError, refuseWith } from "../../errors/app-error";
import type { MemberActor } from "../actor";
import { countOwners, endMembership, loadMember, lockWorkspace } from "./membership-tx";

export async function removeMember(db: Db, actor: MemberActor, input: { userId: string }): Promise<{ removed: string }> {
  const { workspaceId } = actor.membership;
  if (input.userId === actor.user.id) throw new AppError("BAD_REQUEST", "Use Leave workspace to remove yourself.");
  await db.$transaction(async (tx) => {
    await lockWorkspace(tx, workspaceId);
    const target = await loadMember(tx, workspaceId, input.userId);
    refuseWith("FORBIDDEN", refuseRemoval(actor.membership, target, await countOwners(tx, workspaceId)));
    await endMembership(tx, workspaceId, input.userId, actor.user.id);
    const removedAt = new Date();
    await tx.memberRemoval.upsert({
      where: { workspaceId_userId: { workspaceId, userId: input.userId } },
      create: { workspaceId, userId: input.userId, removedAt },
      update: { removedAt },
    });
  });
  return { removed: input.userId };
}
