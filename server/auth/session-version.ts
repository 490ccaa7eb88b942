// Ends sessions on demand. Every session token carries the user's sessionVersion at sign-in;
// a request whose token carries an older version than the database is treated as signed out.
// "Sign out everywhere" and a password change increment the version.
import type { Db } from "../db/connection";
import { findUserForSession } from "../db/hot-lookups";

export async function endAllSessions(db: Db, userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } }, select: { id: true } });
}

/** The user a session token names, if that token has not been ended since it was issued. */
export async function resolveSessionUser(db: Db, claimed: { id: string; sv?: number }) {
  const user = await findUserForSession(db, claimed.id);
  if (!user || user.sessionVersion !== (claimed.sv ?? 0)) return null;
  return { id: user.id, email: user.email, name: user.name };
}
