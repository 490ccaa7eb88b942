import "server-only";
// Looks an invite link up by its token and says whether it can still be used, and by whom.
import type { Db } from "../../db/connection";
import type { Prisma } from "../../db/generated/client";
import { hashInviteToken, inviteStatus } from "../../domain/invite";
import { AppError } from "../../errors/app-error";

const inviteSelect = {
  id: true,
  role: true,
  expiresAt: true,
  revokedAt: true,
  createdAt: true,
  createdBy: { select: { name: true } },
  workspace: { select: { id: true, name: true, slug: true } },
} satisfies Prisma.InviteSelect;

export const REMOVED_MESSAGE = "You were removed from this workspace, so this link no longer lets you in. Ask an admin for a new invite link.";

/** The invite behind a token, or an AppError a person can read: not valid, expired or revoked. */
export async function findLiveInvite(db: Db, token: string) {
  const invite = await db.invite.findUnique({ where: { tokenHash: hashInviteToken(token) }, select: inviteSelect });
  if (!invite) throw new AppError("NOT_FOUND", "This invite link is not valid. Check that you copied all of it, or ask for a new one.");
  const status = inviteStatus(invite, new Date());
  if (status !== "active") {
    throw new AppError("PRECONDITION_FAILED", `This invite link has ${status === "expired" ? "expired" : "been revoked"}. Ask for a new one.`);
  }
  return invite;
}

/** Someone removed from the workspace may come back only through a link made after the removal. */
export async function wasRemovedSince(db: Pick<Db, "memberRemoval">, workspaceId: string, userId: string, inviteCreatedAt: Date): Promise<boolean> {
  const removal = await db.memberRemoval.findUnique({
    where: { workspaceId_userId: { workspaceId, userId } },
    select: { removedAt: true },
  });
  return Boolean(removal && removal.removedAt >= inviteCreatedAt);
}
