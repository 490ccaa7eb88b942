import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateWithPassword } from "../../server/auth/authenticate";
import { MAX_FAILURES } from "../../server/domain/auth/sign-in-throttle";
import { createTestDb, type TestDb } from "./support/test-db";
import { expectInputError } from "./support/input-error";
import { callerFor, expectTRPCError } from "./support/world";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.destroy());

describe("sign-up and password sign-in", () => {
  it("signs up with a normalised email and never returns the hash", async () => {
    const user = await callerFor(t.db, null).auth.signUp({ name: "Ines", email: "  Ines@Example.COM ", password: "correct horse battery" });
    expect(user).toEqual({ id: expect.any(String), email: "ines@example.com", name: "Ines" });
    const stored = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).toMatch(/^scrypt\$/);
    expect(stored.passwordHash).not.toContain("correct horse");
  });

  it("refuses a second account for the same email", async () => {
    await expectTRPCError(
      callerFor(t.db, null).auth.signUp({ name: "Copy", email: "ines@example.com", password: "another password" }),
      "CONFLICT",
      /already exists/,
    );
  });

  it("refuses a short password and a bad email, naming the field, creating nothing", async () => {
    const before = await t.db.user.count();
    await expectInputError(callerFor(t.db, null).auth.signUp({ name: "Short", email: "s@example.com", password: "short" }), "password");
    await expectInputError(callerFor(t.db, null).auth.signUp({ name: "Bad", email: "not-an-email", password: "long enough pass" }), "email");
    expect(await t.db.user.count()).toBe(before);
  });

  it("accepts the right password and rejects a wrong one", async () => {
    expect(await authenticateWithPassword(t.db, "INES@example.com", "correct horse battery")).toMatchObject({ ok: true });
    expect(await authenticateWithPassword(t.db, "ines@example.com", "wrong password")).toEqual({ ok: false, message: "Email or password is incorrect." });
  });

  it("locks an email after repeated failures, even for the right password, then unlocks", async () => {
    await callerFor(t.db, null).auth.signUp({ name: "Jo", email: "jo@example.com", password: "jo's long password" });
    const now = new Date();
    for (let i = 0; i < MAX_FAILURES; i++) await authenticateWithPassword(t.db, "jo@example.com", "guess", now);
    const locked = await authenticateWithPassword(t.db, "jo@example.com", "jo's long password", now);
    expect(locked).toMatchObject({ ok: false, message: expect.stringMatching(/Too many failed sign-ins/) });
    const later = new Date(now.getTime() + 16 * 60_000);
    expect(await authenticateWithPassword(t.db, "jo@example.com", "jo's long password", later)).toMatchObject({ ok: true });
    expect(await t.db.signInThrottle.findUnique({ where: { key: "email:jo@example.com" } })).toBeNull();
  });
});

describe("simultaneous sign-ups", () => {
  it("creates one account and tells the other request the email is taken", async () => {
    const signUp = () => callerFor(t.db, null).auth.signUp({ name: "Twin", email: "twin@example.com", password: "a long enough password" });
    const results = await Promise.allSettled([signUp(), signUp()]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "CONFLICT" });
    expect(await t.db.user.count({ where: { email: "twin@example.com" } })).toBe(1);
  });
});
