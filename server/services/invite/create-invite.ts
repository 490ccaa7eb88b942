import "server-only";
import type { Db } from "../../db/connection";
import { hashInviteToken, inviteExpiry, newInviteToken } from "../../domain/invite";
import { refuseInviteRole, type Role } from "../../domain/roles";
import { refuseWith } from "../../errors/app-error";
import type { MemberActor } from "../actor";

/** Returns the token once; only its hash is stored. */
export async function createInvite(db: Db, actor: MemberActor, input: { role: Role; expiresInDays: number }) {
  refuseWith("FORBIDDEN", refuseInviteRole(actor.membership, input.role));
  const token = newInviteToken();
  const invite = await db.invite.create({
    data: {
      workspaceId: actor.membership.workspaceId,
      tokenHash: hashInviteToken(token),
      role: input.role,
      createdById: actor.user.id,
      expiresAt: inviteExpiry(input.expiresInDays, new Date()),
    },
    select: { id: true, role: true, expiresAt: true },
  });
  return { ...invite, token };
}
