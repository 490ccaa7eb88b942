import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "./support/test-db";
import { expectInputError } from "./support/input-error";
import { createWorld, expectTRPCError } from "./support/world";

let t: TestDb | undefined;
let world: Awaited<ReturnType<typeof createWorld>>;
beforeEach(async () => {
  await t?.destroy();
  t = await createTestDb();
  world = await createWorld(t.db);
});
afterAll(() => t?.destroy());

const roleOf = async (workspaceId: string, userId: string) =>
  (await t!.db.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId } } }))?.role;

describe("member router", () => {
  it("lists members with role and discipline", async () => {
    const members = await world.as.bob.member.list({ workspaceId: world.a.id });
    expect(members.map((m) => [m.name, m.role])).toEqual([
      ["Alice", "OWNER"],
      ["Adam", "ADMIN"],
      ["Bob", "MEMBER"],
    ]);
    expect(members[0]).not.toHaveProperty("passwordHash");
  });

  it("lets an owner promote a member to owner, and an admin promote a member to admin", async () => {
    await world.as.adam.member.updateRole({ workspaceId: world.a.id, userId: world.users.bob.id, role: "ADMIN" });
    expect(await roleOf(world.a.id, world.users.bob.id)).toBe("ADMIN");
    await world.as.alice.member.updateRole({ workspaceId: world.a.id, userId: world.users.bob.id, role: "OWNER" });
    expect(await roleOf(world.a.id, world.users.bob.id)).toBe("OWNER");
  });

  it("refuses an admin granting ownership and a member changing roles", async () => {
    await expectTRPCError(
      world.as.adam.member.updateRole({ workspaceId: world.a.id, userId: world.users.bob.id, role: "OWNER" }),
      "FORBIDDEN",
      /Only an owner/,
    );
    await expectTRPCError(
      world.as.bob.member.updateRole({ workspaceId: world.a.id, userId: world.users.adam.id, role: "MEMBER" }),
      "FORBIDDEN",
    );
    expect(await roleOf(world.a.id, world.users.bob.id)).toBe("MEMBER");
    expect(await roleOf(world.a.id, world.users.adam.id)).toBe("ADMIN");
  });

  it("never demotes the last owner", async () => {
    await expectTRPCError(
      world.as.alice.member.updateRole({ workspaceId: world.a.id, userId: world.users.alice.id, role: "ADMIN" }),
      "FORBIDDEN",
      /last owner/,
    );
    expect(await roleOf(world.a.id, world.users.alice.id)).toBe("OWNER");
  });

  it("keeps one owner when two owners demote each other at the same time", async () => {
    await world.as.alice.member.updateRole({ workspaceId: world.a.id, userId: world.users.adam.id, role: "OWNER" });
    const results = await Promise.allSettled([
      world.as.alice.member.updateRole({ workspaceId: world.a.id, userId: world.users.adam.id, role: "MEMBER" }),
      world.as.adam.member.updateRole({ workspaceId: world.a.id, userId: world.users.alice.id, role: "MEMBER" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await t!.db.membership.count({ where: { workspaceId: world.a.id, role: "OWNER" } })).toBe(1);
  });

  it("refuses an unknown role with a message naming the field", async () => {
    // @ts-expect-error: testing a value the type forbids
    await expectInputError(world.as.alice.member.updateRole({ workspaceId: world.a.id, userId: world.users.bob.id, role: "KING" }), "role");
    expect(await roleOf(world.a.id, world.users.bob.id)).toBe("MEMBER");
  });

  it("lets members set their own discipline but not someone else's", async () => {
    await world.as.bob.member.updateDiscipline({ workspaceId: world.a.id, userId: world.users.bob.id, discipline: "DATA_ENGINEER" });
    await expectTRPCError(
      world.as.bob.member.updateDiscipline({ workspaceId: world.a.id, userId: world.users.adam.id, discipline: "MANAGER" }),
      "FORBIDDEN",
    );
    await world.as.adam.member.updateDiscipline({ workspaceId: world.a.id, userId: world.users.alice.id, discipline: "MANAGER" });
    const members = await world.as.alice.member.list({ workspaceId: world.a.id });
    expect(Object.fromEntries(members.map((m) => [m.name, m.discipline]))).toEqual({ Alice: "MANAGER", Adam: "OTHER", Bob: "DATA_ENGINEER" });
  });

  it("removes a member and hands their projects to the remover", async () => {
    const p = await world.as.bob.project.create({ workspaceId: world.a.id, name: "Bob's model" });
    await world.as.adam.member.remove({ workspaceId: world.a.id, userId: world.users.bob.id });
    expect(await roleOf(world.a.id, world.users.bob.id)).toBeUndefined();
    expect((await t!.db.project.findUniqueOrThrow({ where: { id: p.id } })).ownerId).toBe(world.users.adam.id);
    await expectTRPCError(world.as.bob.project.list({ workspaceId: world.a.id }), "NOT_FOUND");
  });

  it("refuses removal by a plain member and removal of the last owner", async () => {
    await expectTRPCError(world.as.bob.member.remove({ workspaceId: world.a.id, userId: world.users.adam.id }), "FORBIDDEN");
    await expectTRPCError(world.as.adam.member.remove({ workspaceId: world.a.id, userId: world.users.alice.id }), "FORBIDDEN");
    expect(await t!.db.membership.count({ where: { workspaceId: world.a.id } })).toBe(3);
  });

  it("lets a member leave but not the last owner", async () => {
    await world.as.bob.member.leave({ workspaceId: world.a.id });
    expect(await roleOf(world.a.id, world.users.bob.id)).toBeUndefined();
    await expectTRPCError(world.as.alice.member.leave({ workspaceId: world.a.id }), "FORBIDDEN", /last owner/);
    expect(await roleOf(world.a.id, world.users.alice.id)).toBe("OWNER");
  });
});
