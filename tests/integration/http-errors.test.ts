// What reaches the browser when something goes wrong: readable sentences for refusals, never an
// internal message, and limits enforced before anything is parsed or written.
import { describe, expect, it, vi } from "vitest";
import type { Db } from "../../server/db/connection";
import { getTrpc, postTrpc, sendRaw } from "./support/http";
import { useTestWorld, type World } from "./support/world";
import type { TestDb } from "./support/test-db";

let t: TestDb;
let world: World;
useTestWorld((db, w) => {
  t = db;
  world = w;
});

describe("tRPC HTTP errors and limits", () => {
  it("refuses a NUL character in any text with 400 naming the field, and writes nothing", async () => {
    const before = await t.db.project.count();
    const res = await postTrpc(t.db, world.users.alice, "project.create", { workspaceId: world.a.id, name: "Bad\u0000name" });
    expect(res.status).toBe(400);
    expect(res.body.error?.json.message).toBe("name: must not contain NUL characters");
    const nested = await postTrpc(t.db, world.users.alice, "project.update", { projectId: world.projectA.id, version: 1, description: "x\u0000" });
    expect(nested.status).toBe(400);
    expect(nested.body.error?.json.message).toMatch(/^description:/);
    expect(await t.db.project.count()).toBe(before);
  });

  it("refuses an integer beyond the column's range with 400 naming the field", async () => {
    const res = await postTrpc(t.db, world.users.alice, "project.update", { projectId: world.projectA.id, version: 2147483648, name: "Renamed" });
    expect(res.status).toBe(400);
    expect(res.body.error?.json.message).toMatch(/^version: /);
    expect((await t.db.project.findUniqueOrThrow({ where: { id: world.projectA.id } })).name).toBe("Fraud scoring");
  });

  it("answers an expected refusal with its code and sentence", async () => {
    const res = await postTrpc(t.db, world.users.bob, "project.archive", { projectId: world.projectA.id });
    expect(res.status).toBe(403);
    expect(res.body.error?.json.message).toMatch(/Only the project owner or a workspace admin/);
  });

  it("hides an internal error's text behind a sentence and an error id that is also logged", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    // A database that fails the way a driver does, with internal detail in the message.
    const broken = new Proxy(t.db, {
      get(target, prop) {
        // (A wrapped client has no driver of its own, so hot lookups fall back to this raw query.)
        if (prop === "$queryRawUnsafe") {
          return () => Promise.reject(new Error('invalid byte sequence for encoding "UTF8": 0x00 in prisma.$queryRawUnsafe()'));
        }
        return Reflect.get(target, prop);
      },
    }) as Db;
    const res = await getTrpc(broken, world.users.alice, "project.list", { workspaceId: world.a.id });
    expect(res.status).toBe(500);
    const message = res.body.error?.json.message ?? "";
    expect(message).toMatch(/^Something went wrong on our side\. Error id: [0-9a-f]{8}\.$/);
    expect(JSON.stringify(res.body)).not.toMatch(/UTF8|prisma|queryRaw|stack/i);
    const id = message.match(/Error id: (\w+)/)![1]!;
    expect(logged.mock.calls.some((args) => String(args[0]).includes(id))).toBe(true);
    logged.mockRestore();
  });

  it("refuses a body over the limit with 413 before parsing it", async () => {
    const before = await t.db.project.count();
    const huge = JSON.stringify({ json: { workspaceId: world.a.id, name: "Huge", description: "x".repeat(1_200_000) } });
    const declared = await sendRaw(t.db, world.users.alice, "project.create", { method: "POST", headers: { "content-type": "application/json" }, body: huge });
    expect(declared.status).toBe(413);
    // Without a Content-Length (streamed), the limit still holds while reading.
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 30; i++) controller.enqueue(new TextEncoder().encode("x".repeat(100_000)));
        controller.close();
      },
    });
    const streamed = await sendRaw(t.db, null, "auth.signUp", { method: "POST", body: stream, duplex: "half" } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(await t.db.project.count()).toBe(before);
  });

  it("caps the number of calls in one request, and never batches sign-ups", async () => {
    const paths = Array.from({ length: 11 }, () => "project.list").join(",");
    const input = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [i, { json: { workspaceId: world.a.id } }]));
    const tooMany = await sendRaw(t.db, world.users.alice, `${paths}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`, { method: "GET" });
    expect(tooMany.status).toBe(400);

    const users = await t.db.user.count();
    const signUps = Object.fromEntries(
      [0, 1].map((i) => [i, { json: { name: `Batch ${i}`, email: `batch${i}@example.test`, password: "correct horse battery staple" } }]),
    );
    const batched = await sendRaw(t.db, null, "auth.signUp,auth.signUp?batch=1", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(signUps) });
    expect(batched.status).toBe(400);
    expect(await t.db.user.count()).toBe(users);
  });

  it("marks every answer private and not to be stored", async () => {
    const res = await postTrpc(t.db, world.users.alice, "project.create", { workspaceId: world.a.id, name: "Cache check" });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
  });
});

describe("CSV import requests", () => {
  it("may carry a file up to the import limit, while other procedures keep the 1 MB limit", async () => {
    const body = JSON.stringify({ json: { projectId: world.projectA.id, csv: "x".repeat(1_500_000) } });
    const importing = await sendRaw(t.db, world.users.alice, "alignment.previewImport", { method: "POST", headers: { "content-type": "application/json" }, body });
    expect(importing.status).not.toBe(413);
    const other = await sendRaw(t.db, world.users.alice, "project.create", { method: "POST", headers: { "content-type": "application/json" }, body });
    expect(other.status).toBe(413);
  });
});
