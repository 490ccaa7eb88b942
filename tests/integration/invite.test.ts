import { describe, expect, it } from "vitest";
import type { TestDb } from "./support/test-db";
import { expectInputError } from "./support/input-error";
import { callerFor, createUser, expectTRPCError, useTestWorld, type World } from "./support/world";

let t: TestDb;
let world: World;
useTestWorld((db, w) => {
  t = db;
  world = w;
});

describe("invite router", () => {
  it("creates a link an outsider can preview and join through, with the chosen discipline", async () => {
    const invite = await world.as.adam.invite.create({ workspaceId: world.a.id, role: "ADMIN", expiresInDays: 7 });
    expect(invite.token.length).toBeGreaterThanOrEqual(30);
    const stored = await t.db.invite.findUniqueOrThrow({ where: { id: invite.id } });
    expect(stored.tokenHash).not.toContain(invite.token);

    const dana = callerFor(t.db, await createUser(t.db, "Dana"));
    expect(await dana.invite.preview({ token: invite.token })).toMatchObject({ workspaceName: "Acme ML", inviterName: "Adam", role: "ADMIN", memberOfSlug: null });
    expect(await dana.invite.accept({ token: invite.token, discipline: "ML_ENGINEER" })).toEqual({ slug: world.a.slug });
    const members = await dana.member.list({ workspaceId: world.a.id });
    expect(members.find((m) => m.name === "Dana")).toMatchObject({ role: "ADMIN", discipline: "ML_ENGINEER" });
    // accepting twice is harmless
    await dana.invite.accept({ token: invite.token });
    expect((await t.db.invite.findUniqueOrThrow({ where: { id: invite.id } })).useCount).toBe(1);
  });

  it("refuses revoked and expired links", async () => {
    const revoked = await world.as.alice.invite.create({ workspaceId: world.a.id });
    await world.as.alice.invite.revoke({ workspaceId: world.a.id, inviteId: revoked.id });
    const expired = await world.as.alice.invite.create({ workspaceId: world.a.id });
    await t.db.invite.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const eve = callerFor(t.db, await createUser(t.db, "Eve"));
    await expectTRPCError(eve.invite.accept({ token: revoked.token }), "PRECONDITION_FAILED", /revoked/);
    await expectTRPCError(eve.invite.accept({ token: expired.token }), "PRECONDITION_FAILED", /expired/);
    await expectTRPCError(eve.invite.accept({ token: "x".repeat(32) }), "NOT_FOUND");
    expect(await eve.workspace.list()).toEqual([]);
    const listed = await world.as.alice.invite.list({ workspaceId: world.a.id });
    expect(listed.find((i) => i.id === revoked.id)?.status).toBe("revoked");
    expect(listed.find((i) => i.id === expired.id)?.status).toBe("expired");
  });

  it("lets only owners and admins invite, and never as owner", async () => {
    await expectTRPCError(world.as.bob.invite.create({ workspaceId: world.a.id }), "FORBIDDEN");
    await expectTRPCError(world.as.alice.invite.create({ workspaceId: world.a.id, role: "OWNER" }), "FORBIDDEN");
    await expectTRPCError(world.as.bob.invite.list({ workspaceId: world.a.id }), "FORBIDDEN");
  });

  it("refuses an expiry outside the offered choices and writes nothing", async () => {
    const before = await t.db.invite.count();
    await expectInputError(world.as.alice.invite.create({ workspaceId: world.a.id, expiresInDays: 365 }), "expiresInDays");
    expect(await t.db.invite.count()).toBe(before);
  });

  it("does not revoke twice", async () => {
    const invite = await world.as.alice.invite.create({ workspaceId: world.a.id });
    await world.as.alice.invite.revoke({ workspaceId: world.a.id, inviteId: invite.id });
    await expectTRPCError(world.as.alice.invite.revoke({ workspaceId: world.a.id, inviteId: invite.id }), "NOT_FOUND");
  });
});
