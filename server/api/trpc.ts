// tRPC setup: context, error shape, and the procedure builders every router uses.
// Authorisation lives here, in one place: workspaceProcedure and projectProcedure load the
// workspace or project named in the input and the caller's membership before anything else runs.
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError } from "zod";
import type { Db } from "../db/connection";
import { hasRole, type Role } from "../domain/roles";
import type { SessionUser } from "../auth/session";
import { formatInputError } from "./input-error";

export interface Context {
  db: Db;
  user: SessionUser | null;
}

/** Plain context, no request: used by the route handler, server components and tests. */
export function createContextInner(opts: Context): Context {
  return opts;
}

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const zod = error.cause instanceof ZodError ? error.cause : null;
    return {
      ...shape,
      message: zod ? formatInputError(zod) : shape.message,
      data: { ...shape.data, fieldErrors: zod ? z.flattenError(zod).fieldErrors : null },
    };
  },
});

export const createCallerFactory = t.createCallerFactory;
export const createTRPCRouter = t.router;
export const publicProcedure = t.procedure;

export const protectedProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

const id = z.string().trim().min(1).max(64);

export const workspaceProcedure = protectedProcedure
  .input(z.object({ workspaceId: id }))
  .use(async ({ ctx, input, next }) => {
    const membership = await ctx.db.membership.findUnique({
      where: { workspaceId_userId: { workspaceId: input.workspaceId, userId: ctx.user.id } },
      select: { id: true, role: true, discipline: true, workspaceId: true, userId: true },
    });
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
  .input(z.object({ projectId: id }))
  .use(async ({ ctx, input, next }) => {
    const project = await ctx.db.project.findUnique({
      where: { id: input.projectId },
      select: { id: true, workspaceId: true, ownerId: true, version: true, archivedAt: true },
    });
    const membership = project
      ? await ctx.db.membership.findUnique({
          where: { workspaceId_userId: { workspaceId: project.workspaceId, userId: ctx.user.id } },
          select: { id: true, role: true, discipline: true, workspaceId: true, userId: true },
        })
      : null;
    if (!project || !membership) throw new TRPCError({ code: "NOT_FOUND", message: "Project not found." });
    return next({ ctx: { ...ctx, project, membership } });
  });
