import { describe, expect, it } from "vitest";
import type { TestDb } from "./support/test-db";
import { expectInputError } from "./support/input-error";
import { createUser, expectTRPCError, useTestWorld, type World } from "./support/world";

let t: TestDb;
let world: World;
useTestWorld((db, w) => {
  t = db;
  world = w;
});

describe("project router", () => {
  it("creates a project owned by its creator, visible to every member", async () => {
    const p = await world.as.bob.project.create({ workspaceId: world.a.id, name: "Churn model", description: "Weekly", stage: "EXPLORATION" });
    expect(p).toMatchObject({ name: "Churn model", stage: "EXPLORATION", owner: { id: world.users.bob.id }, version: 1 });
    const seenByAlice = await world.as.alice.project.list({ workspaceId: world.a.id });
    expect(seenByAlice.map((x) => x.name)).toContain("Churn model");
  });

  it("renames, describes and moves a project through stages, bumping its version", async () => {
    const p = await world.as.bob.project.create({ workspaceId: world.a.id, name: "ETA" });
    const renamed = await world.as.alice.project.update({ projectId: p.id, version: 1, name: "Delivery ETA", description: "Courier arrival" });
    expect(renamed).toMatchObject({ name: "Delivery ETA", description: "Courier arrival", version: 2 });
    const staged = await world.as.bob.project.update({ projectId: p.id, version: 2, stage: "PRODUCTION" });
    expect(staged).toMatchObject({ stage: "PRODUCTION", version: 3 });
  });

  it("refuses an edit based on a stale version and keeps the newer edit", async () => {
    const p = await world.as.alice.project.create({ workspaceId: world.a.id, name: "Ranking" });
    await world.as.alice.project.update({ projectId: p.id, version: 1, description: "Alice's text" });
    const error = await world.as.bob.project.update({ projectId: p.id, version: 1, description: "Bob's text" }).catch((e: unknown) => e);
    await expectTRPCError(Promise.reject(error), "CONFLICT", /changed since you opened it/);
    // The refusal carries the current project so the page can show it beside the user's edit.
    const details = ((error as { cause?: { details?: { current?: { description: string; version: number } } } }).cause?.details);
    expect(details?.current).toMatchObject({ description: "Alice's text", version: 2 });
    expect((await world.as.alice.project.get({ projectId: p.id })).description).toBe("Alice's text");
  });

  it("refuses bad input naming the field and writes nothing", async () => {
    const before = await t.db.project.count();
    await expectInputError(world.as.alice.project.create({ workspaceId: world.a.id, name: "" }), "name");
    await expectInputError(world.as.alice.project.create({ workspaceId: world.a.id, name: "OK name", description: "d".repeat(2001) }), "description");
    // @ts-expect-error: testing a value the type forbids
    await expectInputError(world.as.alice.project.update({ projectId: world.projectA.id, version: 1, stage: "LAUNCHED" }), "stage");
    expect(await t.db.project.count()).toBe(before);
    expect((await world.as.alice.project.get({ projectId: world.projectA.id })).stage).toBe("IDEA");
  });

  it("tells each viewer whether they may manage the project", async () => {
    const p = await world.as.bob.project.create({ workspaceId: world.a.id, name: "Bob's own" });
    expect((await world.as.bob.project.get({ projectId: p.id })).viewer.canManage).toBe(true);
    expect((await world.as.adam.project.get({ projectId: p.id })).viewer.canManage).toBe(true);
    expect((await world.as.bob.project.get({ projectId: world.projectA.id })).viewer.canManage).toBe(false);
  });

  it("lists a reader's recent active projects from their own workspaces only", async () => {
    const mine = await world.as.bob.project.recent({ limit: 10 });
    expect(mine.map((p) => p.id)).toContain(world.projectA.id);
    expect(mine.map((p) => p.id)).not.toContain(world.projectB.id);
    expect(mine.every((p) => p.workspaceSlug === world.a.slug)).toBe(true);
    const carols = await world.as.carol.project.recent({ limit: 10 });
    expect(carols.map((p) => p.id)).toEqual([world.projectB.id]);
  });

  it("hands a project only to a member of the workspace", async () => {
    const outsider = await createUser(t.db, "Oscar");
    await expectTRPCError(world.as.alice.project.create({ workspaceId: world.a.id, name: "Nope", ownerId: outsider.id }), "BAD_REQUEST", /owner/);
    const p = await world.as.alice.project.create({ workspaceId: world.a.id, name: "Handover", ownerId: world.users.bob.id });
    expect(p.owner.id).toBe(world.users.bob.id);
    await expectTRPCError(world.as.adam.project.update({ projectId: p.id, version: 1, ownerId: outsider.id }), "BAD_REQUEST");
  });

  it("lets only the project owner or an admin hand it over, archive or restore", async () => {
    const p = await world.as.alice.project.create({ workspaceId: world.a.id, name: "Alice's" });
    await expectTRPCError(world.as.bob.project.update({ projectId: p.id, version: 1, ownerId: world.users.bob.id }), "FORBIDDEN");
    await expectTRPCError(world.as.bob.project.archive({ projectId: p.id }), "FORBIDDEN");
    const archived = await world.as.adam.project.archive({ projectId: p.id });
    expect(archived.archivedAt).toBeInstanceOf(Date);
    expect((await world.as.bob.project.list({ workspaceId: world.a.id })).map((x) => x.id)).not.toContain(p.id);
    expect((await world.as.bob.project.list({ workspaceId: world.a.id, archived: true })).map((x) => x.id)).toContain(p.id);
    await expectTRPCError(world.as.alice.project.update({ projectId: p.id, version: archived.version, name: "Edited" }), "PRECONDITION_FAILED");
    const restored = await world.as.alice.project.restore({ projectId: p.id });
    expect(restored.archivedAt).toBeNull();
  });
});
