import "server-only";
// A member leaves on their own. Their projects pass to another owner. Leaving is not a removal:
// a link that is still live lets them come back.
import type { Db } from "../../db/connection";
import { refuseRemoval } from "../../domain/roles";
import { refuseWith } from "../../errors/app-error";
import type { MemberActor } from "../actor";
import { countOwners, endMembership, loadMember, lockWorkspace } from "./membership-tx";

export async function leaveWorkspace(db: Db, actor: MemberActor): Promise<{ left: string }> {
  const { workspaceId } = actor.membership;
  await db.$transaction(async (tx) => {
    await lockWorkspace(tx, workspaceId);
    const me = await loadMember(tx, workspaceId, actor.user.id);
    refuseWith("FORBIDDEN", refuseRemoval(me, me, await countOwners(tx, workspaceId)));
    const heir = await tx.membership.findFirst({
      where: { workspaceId, role: "OWNER", userId: { not: actor.user.id } },
      orderBy: { createdAt: "asc" },
      select: { userId: true },
    });
    await endMembership(tx, workspaceId, actor.user.id, heir?.userId);
  });
  return { left: workspaceId };
}
