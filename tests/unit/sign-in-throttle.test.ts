import { describe, expect, it } from "vitest";
import { FAILURE_WINDOW_MS, MAX_FAILURES, checkThrottle, describeRetry, recordFailure } from "../../server/domain/sign-in-throttle";

const t0 = new Date("2026-01-01T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

describe("sign-in throttle", () => {
  it("locks after the fifth failure inside the window", () => {
    let record = null as ReturnType<typeof recordFailure> | null;
    for (let i = 1; i < MAX_FAILURES; i++) {
      record = recordFailure(record, at(i * 1000));
      expect(record.lockedUntil).toBeNull();
    }
    record = recordFailure(record, at(MAX_FAILURES * 1000));
    expect(record.lockedUntil).not.toBeNull();
    expect(checkThrottle(record, at(MAX_FAILURES * 1000 + 1)).allowed).toBe(false);
  });
  it("starts counting again once the window has passed", () => {
    let record = recordFailure(null, t0);
    for (let i = 0; i < MAX_FAILURES - 2; i++) record = recordFailure(record, t0);
    record = recordFailure(record, at(FAILURE_WINDOW_MS + 1));
    expect(record.failures).toBe(1);
    expect(record.lockedUntil).toBeNull();
  });
  it("allows again after the lock ends", () => {
    expect(checkThrottle({ failures: 5, windowStart: t0, lockedUntil: at(60_000) }, at(60_001))).toEqual({ allowed: true });
  });
  it("tells the user how long to wait in minutes", () => {
    expect(describeRetry(61_000)).toMatch(/2 minutes/);
    expect(describeRetry(1)).toMatch(/1 minute\./);
  });
});
