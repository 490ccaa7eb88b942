import "server-only";
// "Not applicable" marks on rubric items for a project. Records are kept after they expire or are
// revoked, so the history of why an item did not count stays readable.
import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/connection";
import { canManageRounds, checkExemptionExpiry, isExemptionActive } from "../../domain/assess";
import { AppError, refuseWith } from "../../errors/app-error";
import type { MemberActor } from "../actor";

const exemptionSelect = {
  id: true,
  itemId: true,
  reason: true,
  createdAt: true,
  expiresAt: true,
  revokedAt: true,
  createdById: true,
} satisfies Prisma.ItemExemptionSelect;

interface ProjectRef {
  id: string;
  ownerId: string;
}

function requireProjectManager(actor: MemberActor, project: ProjectRef) {
  if (!canManageRounds(actor.membership.role) && project.ownerId !== actor.user.id) {
    throw new AppError("FORBIDDEN", "Only the project owner or a workspace admin can mark items not applicable.");
  }
}

export async function listExemptions(db: Db, _actor: MemberActor, input: { project: ProjectRef }) {
  const rows = await db.itemExemption.findMany({ where: { projectId: input.project.id }, select: exemptionSelect, orderBy: { createdAt: "desc" }, take: 500 });
  const users = await db.user.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.createdById))] } }, select: { id: true, name: true } });
  const now = new Date();
  return rows.map(({ createdById, ...r }) => ({ ...r, createdBy: users.find((u) => u.id === createdById) ?? null, active: isExemptionActive(r, now) }));
}

export async function setExemption(db: Db, actor: MemberActor, input: { project: ProjectRef; itemId: string; reason: string; expiresAt: Date }) {
  requireProjectManager(actor, input.project);
  const now = new Date();
  refuseWith("BAD_REQUEST", checkExemptionExpiry(input.expiresAt, now));
  return db.$transaction(async (tx) => {
    // One active exemption per item: a new one replaces (revokes) the current one.
    await tx.itemExemption.updateMany({
      where: { projectId: input.project.id, itemId: input.itemId, revokedAt: null, expiresAt: { gt: now } },
      data: { revokedAt: now, revokedById: actor.user.id },
    });
    return tx.itemExemption.create({
      data: { projectId: input.project.id, itemId: input.itemId, reason: input.reason, expiresAt: input.expiresAt, createdById: actor.user.id },
      select: exemptionSelect,
    });
  });
}

export async function revokeExemption(db: Db, actor: MemberActor, input: { project: ProjectRef; exemptionId: string }) {
  requireProjectManager(actor, input.project);
  const { count } = await db.itemExemption.updateMany({
    where: { id: input.exemptionId, projectId: input.project.id, revokedAt: null },
    data: { revokedAt: new Date(), revokedById: actor.user.id },
  });
  if (count === 0) throw new AppError("NOT_FOUND", "That exemption does not exist or was already revoked.");
  return { revoked: true };
}
