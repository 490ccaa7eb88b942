// Builders for integration tests: users, callers bound to a user, and a two-workspace world.
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, expect } from "vitest";
import { createCaller } from "../../../server/api/root";
import { createContextInner } from "../../../server/api/trpc";
import type { Db } from "../../../server/db/connection";
import { createTestDb, type TestDb } from "./test-db";

export type Caller = ReturnType<typeof createCaller>;

let counter = 0;

export async function createUser(db: Db, name: string) {
  counter += 1;
  const email = `${name.toLowerCase()}.${counter}@example.test`;
  // A cheap placeholder hash: these users never sign in with a password.
  return db.user.create({ data: { email, name, passwordHash: "test" }, select: { id: true, email: true, name: true } });
}

export function callerFor(db: Db, user: { id: string; email: string; name: string } | null): Caller {
  // A fresh context per call, as each HTTP request gets one: nothing read by one call is reused by the next.
  return createCaller(() => createContextInner({ db, user }));
}

/** Workspace A (owner alice, admin adam, member bob) and workspace B (owner carol) with a project each. */
export async function createWorld(db: Db) {
  const [alice, adam, bob, carol] = await Promise.all(["Alice", "Adam", "Bob", "Carol"].map((n) => createUser(db, n)));
  const asAlice = callerFor(db, alice!);
  const asCarol = callerFor(db, carol!);
  const a = await asAlice.workspace.create({ name: "Acme ML" });
  const b = await asCarol.workspace.create({ name: "Beta Labs" });
  await db.membership.createMany({
    data: [
      { workspaceId: a.id, userId: adam!.id, role: "ADMIN" },
      { workspaceId: a.id, userId: bob!.id, role: "MEMBER" },
    ],
  });
  const projectA = await asAlice.project.create({ workspaceId: a.id, name: "Fraud scoring" });
  const projectB = await asCarol.project.create({ workspaceId: b.id, name: "Secret churn model", description: "B only" });
  return {
    users: { alice: alice!, adam: adam!, bob: bob!, carol: carol! },
    as: { alice: asAlice, adam: callerFor(db, adam!), bob: callerFor(db, bob!), carol: asCarol },
    a,
    b,
    projectA,
    projectB,
  };
}

export async function expectTRPCError(promise: Promise<unknown>, code: TRPCError["code"], message?: RegExp) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `expected a ${code} error`).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe(code);
  if (message) expect((error as TRPCError).message).toMatch(message);
}

export type World = Awaited<ReturnType<typeof createWorld>>;

/** A fresh database with the two-workspace world for the whole test file, handed to `ready`. */
export function useTestWorld(ready: (t: TestDb, world: World) => void | Promise<void>) {
  let t: TestDb | undefined;
  beforeAll(async () => {
    t = await createTestDb();
    await ready(t, await createWorld(t.db));
  });
  afterAll(() => t?.destroy());
}
