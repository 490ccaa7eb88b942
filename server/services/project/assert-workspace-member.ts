import "server-only";
import type { Db } from "../../db/connection";
import { AppError } from "../../errors/app-error";

/** A project can only be owned by a member of its workspace. */
export async function assertWorkspaceMember(db: Db, workspaceId: string, userId: string): Promise<void> {
  const member = await db.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId } }, select: { id: true } });
  if (!member) throw new AppError("BAD_REQUEST", "ownerId: the owner must be a member of this workspace");
}
