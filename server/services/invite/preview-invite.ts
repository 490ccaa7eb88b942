import "server-only";
// What an invite link leads to, readable before signing in: the workspace's name, who invited
// and as which role. Nothing else about the workspace is shown to someone who is not in it.
import type { Db } from "../../db/connection";
import type { Role } from "../../domain/roles";
import { AppError } from "../../errors/app-error";
import type { Actor } from "../actor";
import { REMOVED_MESSAGE, findLiveInvite, wasRemovedSince } from "./find-live-invite";

export interface InvitePreview {
  workspaceName: string;
  inviterName: string;
  role: Role;
  expiresAt: Date;
  /** Only for a signed-in viewer who is already a member; null otherwise. */
  memberOfSlug: string | null;
}

export async function previewInvite(db: Db, actor: Actor | null, input: { token: string }): Promise<InvitePreview> {
  const invite = await findLiveInvite(db, input.token);
  let memberOfSlug: string | null = null;
  if (actor) {
    const workspaceId = invite.workspace.id;
    const member = await db.membership.findUnique({
      where: { workspaceId_userId: { workspaceId, userId: actor.user.id } },
      select: { id: true },
    });
    if (member) memberOfSlug = invite.workspace.slug;
    else if (await wasRemovedSince(db, workspaceId, actor.user.id, invite.createdAt)) throw new AppError("FORBIDDEN", REMOVED_MESSAGE);
  }
  return {
    workspaceName: invite.workspace.name,
    inviterName: invite.createdBy.name,
    role: invite.role,
    expiresAt: invite.expiresAt,
    memberOfSlug,
  };
}
