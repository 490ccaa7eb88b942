import "server-only";
// The workspace's members, each with what the viewer may do to them, so the page shows only the
// controls the server would accept.
import type { Db } from "../../db/connection";
import type { Prisma } from "../../db/generated/client";
import { memberPermissions } from "../../domain/member-permissions";
import type { MemberActor } from "../actor";

const memberSelect = {
  role: true,
  discipline: true,
  createdAt: true,
  user: { select: { id: true, name: true, email: true } },
} satisfies Prisma.MembershipSelect;

export async function listMembers(db: Db, actor: MemberActor) {
  const members = await db.membership.findMany({
    where: { workspaceId: actor.membership.workspaceId },
    select: memberSelect,
    orderBy: { createdAt: "asc" },
  });
  const ownerCount = members.filter((m) => m.role === "OWNER").length;
  // The viewer's role as of this read, not as of the request's start.
  const viewer = { userId: actor.user.id, role: members.find((m) => m.user.id === actor.user.id)?.role ?? actor.membership.role };
  return members.map((m) => ({
    ...m.user,
    role: m.role,
    discipline: m.discipline,
    joinedAt: m.createdAt,
    can: memberPermissions(viewer, { userId: m.user.id, role: m.role }, ownerCount),
  }));
}
