// The tRPC HTTP endpoint: request limits before anything is parsed, then tRPC. Used by the route
// handler (app/api/trpc) and by tests, which pass their own context.
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { IMPORT_PROCEDURES, MAX_BATCH_SIZE, MAX_BODY_BYTES, MAX_IMPORT_BODY_BYTES, UNBATCHABLE_PROCEDURES } from "./limits";
import { appRouter } from "./root";
import type { Context } from "./trpc";

export const TRPC_ENDPOINT = "/api/trpc";

export async function handleTrpcRequest(req: Request, createContext: () => Promise<Context>): Promise<Response> {
  const paths = procedurePaths(req);
  if (paths.length > 1 && paths.some((p) => UNBATCHABLE_PROCEDURES.has(p))) {
    return refusal(400, "BAD_REQUEST", "This call must be sent on its own, not in a batch.");
  }
  let limited = req;
  if (req.method !== "GET" && req.method !== "HEAD") {
    const limit = paths.some((p) => IMPORT_PROCEDURES.has(p)) ? MAX_IMPORT_BODY_BYTES : MAX_BODY_BYTES;
    const body = await readBodyWithin(req, limit);
    if (body === null) return refusal(413, "PAYLOAD_TOO_LARGE", `The request is larger than ${Math.round(limit / 1000)} KB.`);
    limited = new Request(req.url, { method: req.method, headers: req.headers, body });
  }
  return fetchRequestHandler({
    endpoint: TRPC_ENDPOINT,
    req: limited,
    router: appRouter,
    createContext,
    maxBatchSize: MAX_BATCH_SIZE,
    // Answers hold one person's workspace data: never stored by a browser or a shared cache.
    responseMeta: () => ({ headers: new Headers({ "cache-control": "private, no-store" }) }),
  });
}

function procedurePaths(req: Request): string[] {
  const pathname = new URL(req.url).pathname;
  const rest = pathname.startsWith(`${TRPC_ENDPOINT}/`) ? pathname.slice(TRPC_ENDPOINT.length + 1) : "";
  try {
    return decodeURIComponent(rest).split(",").filter(Boolean);
  } catch {
    return [];
  }
}

/** The body as bytes, or null as soon as it passes the limit (declared or actual). */
async function readBodyWithin(req: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > limit) return null;
  if (!req.body) return new Uint8Array(new ArrayBuffer(0));
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(new ArrayBuffer(size));
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

function refusal(status: number, code: string, message: string): Response {
  // The shape tRPC clients read (superjson-wrapped), so the browser shows the sentence.
  const error = { json: { message, code: -32600, data: { code, httpStatus: status } } };
  return Response.json({ error }, { status, headers: { "cache-control": "private, no-store" } });
}
