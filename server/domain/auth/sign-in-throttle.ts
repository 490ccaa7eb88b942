// Sign-in throttling policy. Every attempt is counted before its password is checked (the database
// increments the counter atomically), so parallel guesses cannot slip past the limit: each one sees
// its own position in the count, and only the first MAX_FAILURES in a window are ever evaluated.
//   per email:          5 failed attempts in 15 minutes lock that email for 15 minutes
//   per client address: 50 failed attempts in 15 minutes lock that address for 15 minutes, and an
//                       address over its limit no longer counts against anyone's email, so one
//                       client cannot lock out every account.

export interface ThrottlePolicy {
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

export const EMAIL_POLICY: ThrottlePolicy = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
export const ADDRESS_POLICY: ThrottlePolicy = { maxFailures: 50, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
export const MAX_FAILURES = EMAIL_POLICY.maxFailures;

/** Rows untouched for this long are deleted by the periodic cleanup. */
export const THROTTLE_RETENTION_MS = 24 * 60 * 60_000;

export interface ThrottleCount {
  /** Attempts in the current window, including the one being decided. */
  failures: number;
  lockedUntil: Date | null;
}

export type AttemptDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

export const emailKey = (email: string) => `email:${email}`;
export const addressKey = (address: string) => `ip:${address}`;

/** Decides an attempt from the count the database returned after counting it. */
export function decideAttempt(count: ThrottleCount, policy: ThrottlePolicy, now: Date): AttemptDecision {
  if (count.lockedUntil && count.lockedUntil > now) return { allowed: false, retryAfterMs: count.lockedUntil.getTime() - now.getTime() };
  if (count.failures > policy.maxFailures) return { allowed: false, retryAfterMs: policy.lockMs };
  return { allowed: true };
}

/** After a wrong password: the lock to set, if this failure reached the limit. */
export function lockAfterFailure(count: ThrottleCount, policy: ThrottlePolicy, now: Date): Date | null {
  return count.failures >= policy.maxFailures ? new Date(now.getTime() + policy.lockMs) : null;
}

export function describeRetry(retryAfterMs: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
