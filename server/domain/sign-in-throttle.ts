// Decides whether a sign-in attempt for an email may proceed, from the stored failure record.
// Policy: 5 failures within 15 minutes lock the email for 15 minutes.

export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60_000;
export const LOCK_MS = 15 * 60_000;

export interface ThrottleRecord {
  failures: number;
  windowStart: Date;
  lockedUntil: Date | null;
}

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

export function checkThrottle(record: ThrottleRecord | null, now: Date): ThrottleDecision {
  if (record?.lockedUntil && record.lockedUntil > now) {
    return { allowed: false, retryAfterMs: record.lockedUntil.getTime() - now.getTime() };
  }
  return { allowed: true };
}

/** The record to store after one more failed attempt. */
export function recordFailure(record: ThrottleRecord | null, now: Date): ThrottleRecord {
  const windowExpired = !record || now.getTime() - record.windowStart.getTime() > FAILURE_WINDOW_MS;
  const failures = windowExpired ? 1 : record.failures + 1;
  const windowStart = windowExpired ? now : record.windowStart;
  const lockedUntil = failures >= MAX_FAILURES ? new Date(now.getTime() + LOCK_MS) : null;
  return { failures, windowStart, lockedUntil };
}

export function describeRetry(retryAfterMs: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return `Too many failed sign-ins for this email. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
