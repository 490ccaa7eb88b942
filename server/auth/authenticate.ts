// Email + password check with database-backed throttling of repeated failures.
import type { Db } from "../db/connection";
import { checkThrottle, describeRetry, recordFailure } from "../domain/sign-in-throttle";
import { verifyPassword } from "./password";

export type AuthResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; message: string };

const WRONG = "Email or password is incorrect.";

export async function authenticateWithPassword(db: Db, rawEmail: string, password: string, now = new Date()): Promise<AuthResult> {
  const email = rawEmail.trim().toLowerCase();
  const throttle = await db.signInThrottle.findUnique({ where: { email } });
  const decision = checkThrottle(throttle, now);
  if (!decision.allowed) return { ok: false, message: describeRetry(decision.retryAfterMs) };

  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true } });
  const valid = user?.passwordHash ? await verifyPassword(password, user.passwordHash) : false;
  if (!user || !valid) {
    const next = recordFailure(throttle, now);
    await db.signInThrottle.upsert({ where: { email }, create: { email, ...next }, update: next });
    return { ok: false, message: next.lockedUntil ? describeRetry(next.lockedUntil.getTime() - now.getTime()) : WRONG };
  }
  if (throttle) await db.signInThrottle.delete({ where: { email } });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
