import { describe, expect, it } from "vitest";
import type { TestDb } from "./support/test-db";
import { expectInputError } from "./support/input-error";
import { createCaller } from "../../server/api/root";
import { createContextInner } from "../../server/api/trpc";
import { callerFor, createUser, expectTRPCError, useTestWorld, type World } from "./support/world";

let t: TestDb;
let world: World;
useTestWorld((db, w) => {
  t = db;
  world = w;
});

describe("workspace router", () => {
  it("creates a workspace with the creator as owner and lists it", async () => {
    const ws = await world.as.bob.workspace.create({ name: "Bob's Lab", discipline: "DATA_SCIENTIST" });
    expect(ws.slug).toBe("bob-s-lab");
    const mine = await world.as.bob.workspace.list();
    expect(mine.map((w) => [w.name, w.role])).toEqual([
      ["Acme ML", "MEMBER"],
      ["Bob's Lab", "OWNER"],
    ]);
  });

  it("a page's workspace list serves that request's membership checks; the next request sees a removal", async () => {
    const dan = await createUser(t.db, "Dan");
    await t.db.membership.create({ data: { workspaceId: world.a.id, userId: dan.id, role: "MEMBER" } });
    // One page render: one context, the shell's list first, then the page's own procedure.
    const request = createContextInner({ db: t.db, user: dan });
    const page = createCaller(request);
    const listed = await page.workspace.list();
    expect(listed.map((w) => w.name)).toEqual(["Acme ML"]);
    expect(listed[0]).not.toHaveProperty("membershipId"); // the list's shape is unchanged for the browser
    expect(request.knownMemberships.get(world.a.id)?.role).toBe("MEMBER");
    expect((await page.project.list({ workspaceId: world.a.id, archived: false })).map((p) => p.name)).toContain("Fraud scoring");

    await world.as.alice.member.remove({ workspaceId: world.a.id, userId: dan.id });
    await expectTRPCError(callerFor(t.db, dan).project.list({ workspaceId: world.a.id, archived: false }), "NOT_FOUND");
    expect(await callerFor(t.db, dan).workspace.list()).toEqual([]);
  });

  it("gives a second workspace with the same name its own slug", async () => {
    const ws = await world.as.carol.workspace.create({ name: "Acme ML" });
    expect(ws.slug).not.toBe(world.a.slug);
    expect(ws.slug).toMatch(/^acme-ml-[0-9a-f]{6}$/);
  });

  it("refuses a bad name with a message naming the field and writes nothing", async () => {
    const before = await t.db.workspace.count();
    await expectInputError(world.as.alice.workspace.create({ name: "x" }), "name");
    await expectInputError(world.as.alice.workspace.create({ name: "y".repeat(61) }), "name");
    expect(await t.db.workspace.count()).toBe(before);
  });

  it("finds a workspace by slug only for its members", async () => {
    expect((await world.as.bob.workspace.bySlug({ slug: world.a.slug })).id).toBe(world.a.id);
    await expectTRPCError(world.as.bob.workspace.bySlug({ slug: world.b.slug }), "NOT_FOUND");
  });

  it("lets admins rename and refuses members", async () => {
    const renamed = await world.as.adam.workspace.rename({ workspaceId: world.a.id, name: "Acme Machine Learning" });
    expect(renamed.name).toBe("Acme Machine Learning");
    await expectTRPCError(world.as.bob.workspace.rename({ workspaceId: world.a.id, name: "Bobland" }), "FORBIDDEN");
    expect((await t.db.workspace.findUniqueOrThrow({ where: { id: world.a.id } })).name).toBe("Acme Machine Learning");
  });

  it("refuses anonymous callers", async () => {
    await expectTRPCError(callerFor(t.db, null).workspace.list(), "UNAUTHORIZED");
  });

  it("shows a new user no workspaces", async () => {
    const newcomer = await createUser(t.db, "Nina");
    expect(await callerFor(t.db, newcomer).workspace.list()).toEqual([]);
  });
});

describe("simultaneous workspace creation", () => {
  it("gives two workspaces created at once with the same name different slugs", async () => {
    const [a, b] = await Promise.all([world.as.alice.workspace.create({ name: "Twin Team" }), world.as.bob.workspace.create({ name: "Twin Team" })]);
    expect(a.slug).not.toBe(b.slug);
  });
});
