import "server-only";
// Joins the workspace behind a live link, with the role the link grants. Accepting twice (two tabs)
// is harmless. Someone removed from the workspace needs a link made after their removal.
import type { Db } from "../../db/connection";
import { isUniqueViolation } from "../../db/errors";
import type { Discipline } from "../../domain/roles";
import { AppError } from "../../errors/app-error";
import type { Actor } from "../actor";
import { REMOVED_MESSAGE, findLiveInvite, wasRemovedSince } from "./find-live-invite";

export async function acceptInvite(db: Db, actor: Actor, input: { token: string; discipline: Discipline }): Promise<{ slug: string }> {
  const invite = await findLiveInvite(db, input.token);
  const workspaceId = invite.workspace.id;
  const userId = actor.user.id;
  try {
    await db.$transaction(async (tx) => {
      const existing = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId } }, select: { id: true } });
      if (existing) return;
      if (await wasRemovedSince(tx, workspaceId, userId, invite.createdAt)) throw new AppError("FORBIDDEN", REMOVED_MESSAGE);
      await tx.membership.create({ data: { workspaceId, userId, role: invite.role, discipline: input.discipline, inviteId: invite.id } });
      await tx.invite.update({ where: { id: invite.id }, data: { useCount: { increment: 1 } } });
    });
  } catch (e) {
    if (!isUniqueViolation(e)) throw e; // the same user's other tab joined first: they are a member either way
  }
  return { slug: invite.workspace.slug };
}
