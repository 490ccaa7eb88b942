import "server-only";
import { hashPassword, verifyPassword } from "../../auth/password";
import { endAllSessions } from "../../auth/session-version";
import type { Db } from "../../db/connection";
import { AppError } from "../../errors/app-error";
import type { Actor } from "../actor";

const accountSelect = { id: true, email: true, name: true } as const;

export async function updateName(db: Db, actor: Actor, input: { name: string }) {
  return db.user.update({ where: { id: actor.user.id }, data: { name: input.name }, select: accountSelect });
}

/** Needs the current password; ends every session, including this one (the page signs in again). */
export async function changePassword(db: Db, actor: Actor, input: { currentPassword: string; newPassword: string }) {
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.user.id }, select: { passwordHash: true } });
  if (!user.passwordHash) throw new AppError("PRECONDITION_FAILED", "This account signs in with GitHub and has no password to change.");
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new AppError("BAD_REQUEST", "currentPassword: does not match the password of this account");
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.user.update({ where: { id: actor.user.id }, data: { passwordHash, sessionVersion: { increment: 1 } }, select: { id: true } });
  return { changed: true as const };
}

export async function signOutEverywhere(db: Db, actor: Actor) {
  await endAllSessions(db, actor.user.id);
  return { signedOut: true as const };
}
