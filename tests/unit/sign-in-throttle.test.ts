import { describe, expect, it } from "vitest";
import { ADDRESS_POLICY, EMAIL_POLICY, decideAttempt, describeRetry, lockAfterFailure } from "../../server/domain/auth/sign-in-throttle";

const t0 = new Date("2026-01-01T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

describe("sign-in throttle policy", () => {
  it("evaluates the first five attempts in a window and refuses the sixth unchecked", () => {
    for (let n = 1; n <= EMAIL_POLICY.maxFailures; n++) expect(decideAttempt({ failures: n, lockedUntil: null }, EMAIL_POLICY, t0)).toEqual({ allowed: true });
    expect(decideAttempt({ failures: 6, lockedUntil: null }, EMAIL_POLICY, t0).allowed).toBe(false);
  });

  it("locks when a failure reaches the limit, not before", () => {
    expect(lockAfterFailure({ failures: 4, lockedUntil: null }, EMAIL_POLICY, t0)).toBeNull();
    expect(lockAfterFailure({ failures: 5, lockedUntil: null }, EMAIL_POLICY, t0)).toEqual(at(EMAIL_POLICY.lockMs));
  });

  it("refuses while a lock holds and allows again once it has passed", () => {
    expect(decideAttempt({ failures: 1, lockedUntil: at(60_000) }, EMAIL_POLICY, t0)).toEqual({ allowed: false, retryAfterMs: 60_000 });
    expect(decideAttempt({ failures: 1, lockedUntil: at(60_000) }, EMAIL_POLICY, at(60_001))).toEqual({ allowed: true });
  });

  it("gives a client address more room than one email, so shared offices are not locked out", () => {
    expect(ADDRESS_POLICY.maxFailures).toBeGreaterThan(EMAIL_POLICY.maxFailures * 5);
  });

  it("tells the user how long to wait in minutes", () => {
    expect(describeRetry(61_000)).toMatch(/2 minutes/);
    expect(describeRetry(1)).toMatch(/1 minute\./);
  });
});
