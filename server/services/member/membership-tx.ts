import "server-only";
// Steps shared by the membership workflows, all run inside one transaction.
import type { Db } from "../../db/connection";
import type { MemberRef } from "../../domain/roles";
import { AppError } from "../../errors/app-error";

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * Membership changes lock the workspace row so two concurrent demotions cannot both see
 * "two owners" and leave the workspace with none.
 */
export async function lockWorkspace(tx: Tx, workspaceId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Workspace" WHERE id = ${workspaceId} FOR UPDATE`;
}

export async function loadMember(tx: Tx, workspaceId: string, userId: string): Promise<MemberRef> {
  const target = await tx.membership.findUnique({
    where: { workspaceId_userId: { workspaceId, userId } },
    select: { userId: true, role: true },
  });
  if (!target) throw new AppError("NOT_FOUND", "Member not found.");
  return target;
}

export const countOwners = (tx: Tx, workspaceId: string) => tx.membership.count({ where: { workspaceId, role: "OWNER" } });

/** Ends a membership; the projects the person owned pass to `heirId` so none is left without an owner. */
export async function endMembership(tx: Tx, workspaceId: string, userId: string, heirId: string | undefined): Promise<void> {
  if (heirId) await tx.project.updateMany({ where: { workspaceId, ownerId: userId }, data: { ownerId: heirId } });
  await tx.membership.delete({ where: { workspaceId_userId: { workspaceId, userId } } });
}
