import "server-only";
import type { Db } from "../../db/connection";
import type { Prisma } from "../../db/generated/client";
import { inviteStatus } from "../../domain/invite";
import type { MemberActor } from "../actor";

const inviteRowSelect = {
  id: true,
  role: true,
  expiresAt: true,
  revokedAt: true,
  useCount: true,
  createdAt: true,
  createdBy: { select: { name: true } },
} satisfies Prisma.InviteSelect;

export async function listInvites(db: Db, actor: MemberActor) {
  const invites = await db.invite.findMany({
    where: { workspaceId: actor.membership.workspaceId },
    select: inviteRowSelect,
    orderBy: { createdAt: "desc" },
    take: 100,
  });
  const now = new Date();
  return invites.map((i) => ({ ...i, status: inviteStatus(i, now) }));
}
