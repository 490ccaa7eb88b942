// tRPC setup: context, error shape, and the procedure builders every router uses.
// Authorisation lives here, in one place: workspaceProcedure and projectProcedure load the
// workspace or project named in the input and the caller's membership before anything else runs.
// Errors are mapped here too: an AppError keeps its code and sentence; anything else is internal
// and reaches the client as one plain sentence and an error id that is also in the server log.
import { initTRPC, TRPCError } from "@trpc/server";
import { randomUUID } from "node:crypto";
import superjson from "superjson";
import { z, ZodError } from "zod";
import type { Db } from "../db/connection";
import { findMembership, findProjectAccess, type MembershipRow } from "../db/hot-lookups";
import { hasRole, type Role } from "../domain/roles";
import type { SessionUser } from "../auth/session";
import { AppError } from "../errors/app-error";
import { formatInputError } from "./input-error";
import { zId } from "./inputs";

export interface Context {
  db: Db;
  user: SessionUser | null;
  /**
   * The caller's memberships already read during this request, by workspace id. A page's shell
   * lists the caller's workspaces first; the page's own workspace procedures then need no second
   * read. Lives as long as one request (one context), so it is never staler than that request.
   */
  knownMemberships: Map<string, MembershipRow>;
}

/** Plain context, no request: used by the route handler, server components and tests. */
export function createContextInner(opts: { db: Db; user: SessionUser | null }): Context {
  return { ...opts, knownMemberships: new Map() };
}

/** Records memberships this request has read, for workspaceProcedure (see Context.knownMemberships). */
export function rememberMemberships(ctx: Context, memberships: MembershipRow[]) {
  for (const m of memberships) ctx.knownMemberships.set(m.workspaceId, m);
}

export const INTERNAL_ERROR_MESSAGE = "Something went wrong on our side.";

/** Server-sent events (subscriptions): a ping keeps idle proxies from closing the stream; a client that hears nothing for longer reconnects. */
export const SSE_PING_MS = 10_000;

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  sse: { ping: { enabled: true, intervalMs: SSE_PING_MS }, client: { reconnectAfterInactivityMs: SSE_PING_MS * 3 } },
  errorFormatter({ shape, error, path }) {
    const zod = error.cause instanceof ZodError ? error.cause : null;
    const app = error.cause instanceof AppError ? error.cause : null;
    let message = zod ? formatInputError(zod) : shape.message;
    let errorId: string | null = null;
    if (error.code === "INTERNAL_SERVER_ERROR" && !app) {
      errorId = randomUUID().slice(0, 8);
      console.error(`[error ${errorId}] tRPC ${path ?? "?"} failed:`, error.cause ?? error);
      message = `${INTERNAL_ERROR_MESSAGE} Error id: ${errorId}.`;
    }
    return {
      message,
      code: shape.code,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        errorId,
        fieldErrors: zod ? z.flattenError(zod).fieldErrors : null,
        details: app?.details ?? null,
      },
    };
  },
});

/** Turns an AppError thrown by a service into a TRPCError with the same code and sentence. */
const mapAppErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) {
    const cause = result.error.cause;
    return { ...result, error: new TRPCError({ code: cause.code, message: cause.message, cause }) };
  }
  return result;
});

/**
 * PostgreSQL text cannot hold NUL characters; refuse them in any string or key of any input, with
 * the field's name, before a schema or a query sees them.
 */
const refuseNulCharacters = t.middleware(async ({ getRawInput, next }) => {
  const field = findNulCharacter(await getRawInput());
  if (field !== null) {
    throw new TRPCError({ code: "BAD_REQUEST", message: `${field || "input"}: must not contain NUL characters` });
  }
  return next();
});

function findNulCharacter(value: unknown, path = "", depth = 0): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path : null;
  if (!value || typeof value !== "object" || depth > 20) return null;
  for (const [key, child] of Object.entries(value)) {
    const childPath = path ? `${path}.${key}` : key;
    if (key.includes("\u0000")) return path || "input";
    const found = findNulCharacter(child, childPath, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

export const createCallerFactory = t.createCallerFactory;
export const createTRPCRouter = t.router;
export const publicProcedure = t.procedure.use(mapAppErrors).use(refuseNulCharacters);

export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

export const workspaceProcedure = protectedProcedure
  .input(z.object({ workspaceId: zId }))
  .use(async ({ ctx, input, next }) => {
    const membership = ctx.knownMemberships.get(input.workspaceId) ?? (await findMembership(ctx.db, input.workspaceId, ctx.user.id));
    // Not a member and no such workspace look the same: nothing leaks about other tenants.
    if (!membership) throw new TRPCError({ code: "NOT_FOUND", message: "Workspace not found." });
    return next({ ctx: { ...ctx, membership } });
  });

export function workspaceRoleProcedure(required: Role) {
  return workspaceProcedure.use(({ ctx, next }) => {
    if (!hasRole(ctx.membership.role, required)) {
      throw new TRPCError({ code: "FORBIDDEN", message: `This needs the ${required.toLowerCase()} role or higher.` });
    }
    return next();
  });
}

export const projectProcedure = protectedProcedure
  .input(z.object({ projectId: zId }))
  .use(async ({ ctx, input, next }) => {
    // One query: the project and the caller's membership of its workspace.
    const access = await findProjectAccess(ctx.db, input.projectId, ctx.user.id);
    const membership = access?.membership;
    if (!access || !membership) throw new TRPCError({ code: "NOT_FOUND", message: "Project not found." });
    return next({ ctx: { ...ctx, project: access.project, membership } });
  });
