// Who can come in through an invite link: a signed-out preview shows only where a live link leads,
// and a removed member stays out until someone makes a new link.
import { describe, expect, it } from "vitest";
import type { TestDb } from "./support/test-db";
import { callerFor, createUser, expectTRPCError, useTestWorld, type World } from "./support/world";

let t: TestDb;
let world: World;
useTestWorld((db, w) => {
  t = db;
  world = w;
});

const isMember = async (workspaceId: string, userId: string) =>
  Boolean(await t.db.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId } } }));

describe("invite preview", () => {
  it("shows a signed-out visitor only the workspace name, inviter and role of a live link", async () => {
    const invite = await world.as.alice.invite.create({ workspaceId: world.a.id, role: "ADMIN" });
    const anonymous = callerFor(t.db, null);
    const preview = await anonymous.invite.preview({ token: invite.token });
    expect(Object.keys(preview).sort()).toEqual(["expiresAt", "inviterName", "memberOfSlug", "role", "workspaceName"]);
    expect(preview).toMatchObject({ workspaceName: "Acme ML", inviterName: "Alice", role: "ADMIN", memberOfSlug: null });
    expect(JSON.stringify(preview)).not.toContain(world.a.slug);
  });

  it("tells a signed-out visitor that a dead or garbage link is dead, without revealing the workspace", async () => {
    const revoked = await world.as.alice.invite.create({ workspaceId: world.a.id });
    await world.as.alice.invite.revoke({ workspaceId: world.a.id, inviteId: revoked.id });
    const expired = await world.as.alice.invite.create({ workspaceId: world.a.id });
    await t.db.invite.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const anonymous = callerFor(t.db, null);
    await expectTRPCError(anonymous.invite.preview({ token: revoked.token }), "PRECONDITION_FAILED", /revoked/);
    await expectTRPCError(anonymous.invite.preview({ token: expired.token }), "PRECONDITION_FAILED", /expired/);
    const garbage = await anonymous.invite.preview({ token: "not-a-real-token-at-all" }).catch((e: Error) => e);
    expect((garbage as Error).message).toMatch(/not valid/);
    expect((garbage as Error).message).not.toContain("Acme");
  });

  it("still refuses accepting without signing in", async () => {
    const invite = await world.as.alice.invite.create({ workspaceId: world.a.id });
    await expectTRPCError(callerFor(t.db, null).invite.accept({ token: invite.token }), "UNAUTHORIZED");
  });

  it("tells a signed-in member where the workspace is", async () => {
    const invite = await world.as.alice.invite.create({ workspaceId: world.a.id });
    expect((await world.as.bob.invite.preview({ token: invite.token })).memberOfSlug).toBe(world.a.slug);
  });
});

describe("a removed member", () => {
  it("cannot rejoin through the link they joined with, nor any link made before the removal", async () => {
    const teamLink = await world.as.alice.invite.create({ workspaceId: world.a.id, expiresInDays: 30 });
    const olderLink = await world.as.adam.invite.create({ workspaceId: world.a.id });
    const mallory = await createUser(t.db, "Mallory");
    const asMallory = callerFor(t.db, mallory);
    await asMallory.invite.accept({ token: teamLink.token });
    const joined = await t.db.membership.findUniqueOrThrow({ where: { workspaceId_userId: { workspaceId: world.a.id, userId: mallory.id } } });
    expect(joined.inviteId).toBe(teamLink.id);

    await world.as.alice.member.remove({ workspaceId: world.a.id, userId: mallory.id });
    await expectTRPCError(asMallory.invite.accept({ token: teamLink.token }), "FORBIDDEN", /removed/);
    await expectTRPCError(asMallory.invite.accept({ token: olderLink.token }), "FORBIDDEN", /removed/);
    await expectTRPCError(asMallory.invite.preview({ token: teamLink.token }), "FORBIDDEN", /new invite link/);
    expect(await isMember(world.a.id, mallory.id)).toBe(false);

    // The same link still works for everyone else.
    const newcomer = await createUser(t.db, "Nina");
    await callerFor(t.db, newcomer).invite.accept({ token: teamLink.token });
    expect(await isMember(world.a.id, newcomer.id)).toBe(true);
  });

  it("comes back through a new link, and is kept out again after a second removal", async () => {
    const first = await world.as.alice.invite.create({ workspaceId: world.a.id });
    const oscar = await createUser(t.db, "Oscar");
    const asOscar = callerFor(t.db, oscar);
    await asOscar.invite.accept({ token: first.token });
    await world.as.adam.member.remove({ workspaceId: world.a.id, userId: oscar.id });
    // A link made after the removal lets them back in.
    await t.db.memberRemoval.update({
      where: { workspaceId_userId: { workspaceId: world.a.id, userId: oscar.id } },
      data: { removedAt: new Date(Date.now() - 60_000) },
    });
    const second = await world.as.alice.invite.create({ workspaceId: world.a.id });
    await asOscar.invite.accept({ token: second.token });
    expect(await isMember(world.a.id, oscar.id)).toBe(true);
    await world.as.alice.member.remove({ workspaceId: world.a.id, userId: oscar.id });
    await expectTRPCError(asOscar.invite.accept({ token: second.token }), "FORBIDDEN");
    expect(await isMember(world.a.id, oscar.id)).toBe(false);
  });

  it("who left on their own may come back through a live link", async () => {
    const link = await world.as.alice.invite.create({ workspaceId: world.a.id });
    const pia = await createUser(t.db, "Pia");
    const asPia = callerFor(t.db, pia);
    await asPia.invite.accept({ token: link.token });
    await asPia.member.leave({ workspaceId: world.a.id });
    await asPia.invite.accept({ token: link.token });
    expect(await isMember(world.a.id, pia.id)).toBe(true);
  });

  it("is kept out when the removal and the accept race", async () => {
    const link = await world.as.alice.invite.create({ workspaceId: world.a.id });
    const quinn = await createUser(t.db, "Quinn");
    const asQuinn = callerFor(t.db, quinn);
    await asQuinn.invite.accept({ token: link.token });
    await Promise.allSettled([
      world.as.alice.member.remove({ workspaceId: world.a.id, userId: quinn.id }),
      asQuinn.invite.accept({ token: link.token }),
    ]);
    await expectTRPCError(asQuinn.invite.accept({ token: link.token }), "FORBIDDEN");
    expect(await isMember(world.a.id, quinn.id)).toBe(false);
  });
});

describe("member list permissions", () => {
  it("offers an admin no owner role and no Remove beside owners", async () => {
    const members = await world.as.adam.member.list({ workspaceId: world.a.id });
    const alice = members.find((m) => m.id === world.users.alice.id)!;
    const bob = members.find((m) => m.id === world.users.bob.id)!;
    const adam = members.find((m) => m.id === world.users.adam.id)!;
    expect(alice.can).toEqual({ roles: ["OWNER"], canRemove: false, canChangeDiscipline: true, canLeave: false });
    expect(bob.can).toMatchObject({ roles: ["ADMIN", "MEMBER"], canRemove: true });
    expect(adam.can).toMatchObject({ canRemove: false, canLeave: true });
  });

  it("gives the sole owner no Leave and no way to demote themself", async () => {
    const alice = (await world.as.alice.member.list({ workspaceId: world.a.id })).find((m) => m.id === world.users.alice.id)!;
    expect(alice.can).toEqual({ roles: ["OWNER"], canRemove: false, canChangeDiscipline: true, canLeave: false });
  });

  it("gives a member only their own discipline", async () => {
    const members = await world.as.bob.member.list({ workspaceId: world.a.id });
    for (const m of members) {
      expect(m.can.roles).toEqual([m.role]);
      expect(m.can.canRemove).toBe(false);
      expect(m.can.canChangeDiscipline).toBe(m.id === world.users.bob.id);
    }
  });
});

describe("hostile and simultaneous calls", () => {
  it("refuses a huge token with a message naming the field", async () => {
    const error = await callerFor(t.db, null).invite.preview({ token: "t".repeat(10_000) }).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/token/);
  });

  it("joins once when the same person accepts in two tabs at the same moment", async () => {
    const invite = await world.as.alice.invite.create({ workspaceId: world.a.id });
    const rae = await createUser(t.db, "Rae");
    const asRae = callerFor(t.db, rae);
    const results = await Promise.all([asRae.invite.accept({ token: invite.token }), asRae.invite.accept({ token: invite.token })]);
    expect(results).toEqual([{ slug: world.a.slug }, { slug: world.a.slug }]);
    expect(await t.db.membership.count({ where: { workspaceId: world.a.id, userId: rae.id } })).toBe(1);
    expect((await t.db.invite.findUniqueOrThrow({ where: { id: invite.id } })).useCount).toBe(1);
  });

  it("gives two workspaces created with the same name at the same moment their own slugs", async () => {
    const [x, y] = await Promise.all([world.as.bob.workspace.create({ name: "Same Name" }), world.as.carol.workspace.create({ name: "Same Name" })]);
    expect(x.slug).not.toBe(y.slug);
  });
});

describe("member service", () => {
  it("refuses removing yourself through remove (Leave is the way)", async () => {
    await expectTRPCError(world.as.adam.member.remove({ workspaceId: world.a.id, userId: world.users.adam.id }), "BAD_REQUEST", /Leave/);
    expect(await isMember(world.a.id, world.users.adam.id)).toBe(true);
  });
});
