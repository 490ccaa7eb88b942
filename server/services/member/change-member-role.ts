import "server-only";
import type { Db } from "../../db/connection";
import { refuseRoleChange, type Role } from "../../domain/roles";
import { refuseWith } from "../../errors/app-error";
import type { MemberActor } from "../actor";
import { countOwners, loadMember, lockWorkspace } from "./membership-tx";

const answerSelect = { userId: true, role: true, discipline: true } as const;

export async function changeMemberRole(db: Db, actor: MemberActor, input: { userId: string; role: Role }) {
  const { workspaceId } = actor.membership;
  return db.$transaction(async (tx) => {
    await lockWorkspace(tx, workspaceId);
    // Re-read the actor too: their own role may have changed since the request's membership was loaded.
    const me = await loadMember(tx, workspaceId, actor.user.id);
    const target = await loadMember(tx, workspaceId, input.userId);
    refuseWith("FORBIDDEN", refuseRoleChange(me, target, input.role, await countOwners(tx, workspaceId)));
    return tx.membership.update({
      where: { workspaceId_userId: { workspaceId, userId: input.userId } },
      data: { role: input.role },
      select: answerSelect,
    });
  });
}
