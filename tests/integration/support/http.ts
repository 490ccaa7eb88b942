// Calls the real tRPC HTTP endpoint in-process (the same handler the route uses), with a context
// for the given user, so tests see status codes, headers and the JSON the browser would get.
import superjson from "superjson";
import { handleTrpcRequest } from "../../../server/api/http-handler";
import { createContextInner } from "../../../server/api/trpc";
import type { Db } from "../../../server/db/connection";

type User = { id: string; email: string; name: string } | null;

export async function postTrpc(db: Db, user: User, path: string, input: unknown) {
  const res = await handleTrpcRequest(
    new Request(`http://localhost/api/trpc/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(superjson.serialize(input)) }),
    async () => createContextInner({ db, user }),
  );
  return { status: res.status, headers: res.headers, body: (await res.json()) as { error?: { json: { message: string; data: { code: string; errorId?: string | null } } } } };
}

export async function sendRaw(db: Db, user: User, path: string, init: RequestInit) {
  const res = await handleTrpcRequest(new Request(`http://localhost/api/trpc/${path}`, init), async () => createContextInner({ db, user }));
  return { status: res.status, text: await res.text() };
}

export async function getTrpc(db: Db, user: User, path: string, input: unknown) {
  const query = `input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`;
  const res = await handleTrpcRequest(new Request(`http://localhost/api/trpc/${path}?${query}`), async () => createContextInner({ db, user }));
  return { status: res.status, headers: res.headers, body: (await res.json()) as { error?: { json: { message: string; data: { code: string } } } } };
}
