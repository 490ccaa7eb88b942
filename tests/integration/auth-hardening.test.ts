// Sign-in and session findings from the groundwork review, each as the behaviour it protects.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Count real password checks, so a test can see how many guesses were actually evaluated.
const checks = vi.hoisted(() => ({ real: 0, dummy: 0 }));
vi.mock("../../server/auth/password", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../server/auth/password")>();
  return {
    ...original,
    verifyPassword: (...args: Parameters<typeof original.verifyPassword>) => {
      checks.real += 1;
      return original.verifyPassword(...args);
    },
    verifyAgainstDummy: (password: string) => {
      checks.dummy += 1;
      return original.verifyAgainstDummy(password);
    },
  };
});

import type { ZodError } from "zod";
import { formatInputError } from "../../server/api/input-error";
import { authenticateWithPassword } from "../../server/auth/authenticate";
import { resolveSessionUser } from "../../server/auth/session-version";
import { deleteStaleThrottles } from "../../server/auth/sign-in-throttle-store";
import { ADDRESS_POLICY, EMAIL_POLICY } from "../../server/domain/auth/sign-in-throttle";
import { expectInputError } from "./support/input-error";
import { createTestDb, type TestDb } from "./support/test-db";
import { callerFor, expectTRPCError } from "./support/world";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.destroy());

const signUp = (email: string, password = "a long enough password") => callerFor(t.db, null).auth.signUp({ name: "Someone", email, password });

describe("sign-in throttling", () => {
  it("evaluates at most five of 40 simultaneous wrong passwords for one email", async () => {
    await signUp("target@example.com");
    checks.real = 0;
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => authenticateWithPassword(t.db, "target@example.com", `wrong guess ${i}`, new Date(), `10.0.0.${i}`)),
    );
    expect(checks.real).toBeLessThanOrEqual(EMAIL_POLICY.maxFailures);
    expect(results.every((r) => !r.ok)).toBe(true);
    // And the right password is refused too while the lock holds.
    expect(await authenticateWithPassword(t.db, "target@example.com", "a long enough password", new Date(), "10.9.9.9")).toMatchObject({ ok: false });
  });

  it("stops counting a client's guesses against emails once that client passes its own limit", async () => {
    const now = new Date();
    const perEmail = EMAIL_POLICY.maxFailures;
    const emails = Array.from({ length: ADDRESS_POLICY.maxFailures / perEmail + 2 }, (_, i) => `victim${i}@example.com`);
    for (const email of emails) await signUp(email);
    for (const email of emails) for (let i = 0; i < perEmail; i++) await authenticateWithPassword(t.db, email, "guess", now, "203.0.113.7");
    const last = emails.at(-1)!;
    // The attacker's address is locked; the last victims' own accounts are not.
    expect(await authenticateWithPassword(t.db, last, "a long enough password", now, "203.0.113.7")).toMatchObject({ ok: false, message: /Too many/ });
    expect(await authenticateWithPassword(t.db, last, "a long enough password", now, "198.51.100.1")).toMatchObject({ ok: true });
  }, 120_000); // about 70 scrypt hashes: slow on a busy 2-core machine

  it("checks an unknown email against a dummy hash, so it costs the same scrypt work as a known one", async () => {
    checks.dummy = 0;
    expect(await authenticateWithPassword(t.db, "nobody@example.com", "whatever it is", new Date(), "192.0.2.50")).toMatchObject({ ok: false });
    expect(checks.dummy).toBe(1);
  });

  it("deletes throttle rows untouched for a day, keeping live locks", async () => {
    const old = new Date(Date.now() - 2 * 24 * 3600_000);
    await t.db.signInThrottle.create({ data: { key: "email:old@example.com", failures: 2, windowStart: old, updatedAt: old } });
    await t.db.signInThrottle.create({ data: { key: "email:locked@example.com", failures: 5, windowStart: old, lockedUntil: new Date(Date.now() + 600_000), updatedAt: old } });
    await deleteStaleThrottles(t.db, new Date());
    expect(await t.db.signInThrottle.findUnique({ where: { key: "email:old@example.com" } })).toBeNull();
    expect(await t.db.signInThrottle.findUnique({ where: { key: "email:locked@example.com" } })).not.toBeNull();
  });
});

describe("password strength", () => {
  it.each([["aaaaaaaaaa"], ["1234567890"], ["          "], ["password1234"]])("refuses %j and says why", async (password) => {
    const before = await t.db.user.count();
    await expectInputError(signUp("weak@example.com", password), "password");
    const error = await signUp("weak@example.com", password).catch((e: { cause?: unknown }) => e);
    expect(formatInputError((error as { cause: ZodError }).cause)).toMatch(/^password: (is too easy to guess: .+|must not be only spaces)/);
    expect(await t.db.user.count()).toBe(before);
  });

  it("refuses a password built from the person's own email or the site's name", async () => {
    await expectInputError(callerFor(t.db, null).auth.signUp({ name: "Jane Smith", email: "jane.smith@example.com", password: "jane.smith@example.com1" }), "password");
    await expectInputError(callerFor(t.db, null).auth.signUp({ name: "Jane Smith", email: "jane.smith@example.com", password: "Causeway-2026" }), "password");
  });
});

describe("ending sessions", () => {
  it("ends every session when the user signs out everywhere", async () => {
    const user = await signUp("everywhere@example.com");
    expect(await resolveSessionUser(t.db, { id: user.id, sv: 0 })).toMatchObject({ id: user.id });
    await callerFor(t.db, user).auth.signOutEverywhere();
    expect(await resolveSessionUser(t.db, { id: user.id, sv: 0 })).toBeNull();
    expect(await resolveSessionUser(t.db, { id: user.id, sv: 1 })).toMatchObject({ id: user.id });
  });

  it("changes the password only with the current one, and ends old sessions", async () => {
    const user = await signUp("changer@example.com");
    const me = callerFor(t.db, user);
    await expectTRPCError(me.auth.changePassword({ currentPassword: "not it at all", newPassword: "a brand new passphrase" }), "BAD_REQUEST", /currentPassword/);
    await expectInputError(me.auth.changePassword({ currentPassword: "a long enough password", newPassword: "1234567890" }), "newPassword");
    expect(await resolveSessionUser(t.db, { id: user.id, sv: 0 })).not.toBeNull();
    await me.auth.changePassword({ currentPassword: "a long enough password", newPassword: "a brand new passphrase" });
    expect(await resolveSessionUser(t.db, { id: user.id, sv: 0 })).toBeNull();
    expect(await authenticateWithPassword(t.db, "changer@example.com", "a brand new passphrase", new Date(), "192.0.2.60")).toMatchObject({ ok: true, user: { sessionVersion: 1 } });
  });

  it("renames the account and the next request sees the new name", async () => {
    const user = await signUp("renamer@example.com");
    await callerFor(t.db, user).auth.updateName({ name: "Ren Amer" });
    expect(await resolveSessionUser(t.db, { id: user.id })).toMatchObject({ name: "Ren Amer" });
    await expectInputError(callerFor(t.db, user).auth.updateName({ name: "" }), "name");
  });

  it("requires sign-in for account changes", async () => {
    await expectTRPCError(callerFor(t.db, null).auth.signOutEverywhere(), "UNAUTHORIZED");
    await expectTRPCError(callerFor(t.db, null).auth.updateName({ name: "X" }), "UNAUTHORIZED");
  });
});
