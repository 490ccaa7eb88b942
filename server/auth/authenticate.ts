// Email + password check with database-backed throttling, counted before the password is verified.
import type { Db } from "../db/connection";
import {
  ADDRESS_POLICY,
  EMAIL_POLICY,
  addressKey,
  decideAttempt,
  describeRetry,
  emailKey,
  lockAfterFailure,
} from "../domain/auth/sign-in-throttle";
import { verifyPassword, verifyAgainstDummy } from "./password";
import { countAttempt, deleteStaleThrottles, forgiveAttempt, lockKey } from "./sign-in-throttle-store";

export type AuthResult =
  | { ok: true; user: { id: string; email: string; name: string; sessionVersion: number } }
  | { ok: false; message: string };

const WRONG = "Email or password is incorrect.";
const CLEANUP_EVERY = 100; // failed attempts between deletions of old throttle rows
let failuresSinceCleanup = 0;

export async function authenticateWithPassword(
  db: Db,
  rawEmail: string,
  password: string,
  now = new Date(),
  clientAddress = "unknown",
): Promise<AuthResult> {
  const email = rawEmail.trim().toLowerCase();
  const byAddress = addressKey(clientAddress);
  const byEmail = emailKey(email);

  // The address first: once it is over its limit, its guesses no longer count against any email.
  const addressCount = await countAttempt(db, byAddress, ADDRESS_POLICY, now);
  const addressDecision = decideAttempt(addressCount, ADDRESS_POLICY, now);
  if (!addressDecision.allowed) return { ok: false, message: describeRetry(addressDecision.retryAfterMs) };
  const emailCount = await countAttempt(db, byEmail, EMAIL_POLICY, now);
  const emailDecision = decideAttempt(emailCount, EMAIL_POLICY, now);
  if (!emailDecision.allowed) return { ok: false, message: describeRetry(emailDecision.retryAfterMs) };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, sessionVersion: true },
  });
  // Unknown emails cost the same scrypt work as known ones, so timing does not reveal accounts.
  const valid = user?.passwordHash ? await verifyPassword(password, user.passwordHash) : await verifyAgainstDummy(password);
  if (!user || !valid) {
    const emailLock = lockAfterFailure(emailCount, EMAIL_POLICY, now);
    if (emailLock) await lockKey(db, byEmail, emailLock);
    const addressLock = lockAfterFailure(addressCount, ADDRESS_POLICY, now);
    if (addressLock) await lockKey(db, byAddress, addressLock);
    if (++failuresSinceCleanup >= CLEANUP_EVERY) {
      failuresSinceCleanup = 0;
      await deleteStaleThrottles(db, now);
    }
    return { ok: false, message: emailLock ? describeRetry(emailLock.getTime() - now.getTime()) : WRONG };
  }
  await forgiveAttempt(db, byEmail, byAddress);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}
