import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { hasRole } from "../../domain/roles";
import { AppError } from "../../errors/app-error";
import { STALE_EDIT_MESSAGE } from "../../domain/project";
import { zDescription, zId, zProjectName, zStage, zVersion } from "../inputs";
import { createTRPCRouter, projectProcedure, workspaceProcedure } from "../trpc";

const projectSelect = {
  id: true,
  workspaceId: true,
  name: true,
  description: true,
  stage: true,
  archivedAt: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  owner: { select: { id: true, name: true } },
} as const;

async function assertMember(db: import("../../db/connection").Db, workspaceId: string, userId: string) {
  const member = await db.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId } }, select: { id: true } });
  if (!member) throw new TRPCError({ code: "BAD_REQUEST", message: "ownerId: the owner must be a member of this workspace" });
}

export const projectRouter = createTRPCRouter({
  list: workspaceProcedure
    .input(z.object({ archived: z.boolean().default(false) }))
    .query(({ ctx, input }) =>
      ctx.db.project.findMany({
        where: { workspaceId: ctx.membership.workspaceId, archivedAt: input.archived ? { not: null } : null },
        select: projectSelect,
        orderBy: { updatedAt: "desc" },
        take: 500,
      }),
    ),

  get: projectProcedure.query(({ ctx }) =>
    ctx.db.project.findUniqueOrThrow({ where: { id: ctx.project.id }, select: projectSelect }),
  ),

  create: workspaceProcedure
    .input(z.object({ name: zProjectName, description: zDescription.default(""), stage: zStage.default("IDEA"), ownerId: zId.optional() }))
    .mutation(async ({ ctx, input }) => {
      const ownerId = input.ownerId ?? ctx.user.id;
      if (ownerId !== ctx.user.id) await assertMember(ctx.db, ctx.membership.workspaceId, ownerId);
      return ctx.db.project.create({
        data: { workspaceId: ctx.membership.workspaceId, name: input.name, description: input.description, stage: input.stage, ownerId },
        select: projectSelect,
      });
    }),

  /** Edits name, description, stage or owner. The caller names the version it read; a stale one is refused. */
  update: projectProcedure
    .input(
      z.object({
        version: zVersion,
        name: zProjectName.optional(),
        description: zDescription.optional(),
        stage: zStage.optional(),
        ownerId: zId.optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { version, projectId: _id, ...changes } = input;
      if (ctx.project.archivedAt) throw new TRPCError({ code: "PRECONDITION_FAILED", message: "Restore this project before editing it." });
      if (changes.ownerId && changes.ownerId !== ctx.project.ownerId) {
        if (ctx.user.id !== ctx.project.ownerId && !hasRole(ctx.membership.role, "ADMIN")) {
          throw new TRPCError({ code: "FORBIDDEN", message: "Only the project owner or a workspace admin can hand the project to someone else." });
        }
        await assertMember(ctx.db, ctx.project.workspaceId, changes.ownerId);
      }
      const { count } = await ctx.db.project.updateMany({
        where: { id: ctx.project.id, version },
        data: { ...changes, version: { increment: 1 } },
      });
      if (count === 0) throw new AppError("CONFLICT", STALE_EDIT_MESSAGE, { current: await ctx.db.project.findUniqueOrThrow({ where: { id: ctx.project.id }, select: projectSelect }) });
      return ctx.db.project.findUniqueOrThrow({ where: { id: ctx.project.id }, select: projectSelect });
    }),

  archive: projectProcedure.mutation(({ ctx }) => setArchived(ctx, true)),
  restore: projectProcedure.mutation(({ ctx }) => setArchived(ctx, false)),
});

type ProjectCtx = Parameters<Parameters<typeof projectProcedure.mutation>[0]>[0]["ctx"];

async function setArchived(ctx: ProjectCtx, archived: boolean) {
  if (ctx.user.id !== ctx.project.ownerId && !hasRole(ctx.membership.role, "ADMIN")) {
    throw new TRPCError({ code: "FORBIDDEN", message: "Only the project owner or a workspace admin can archive or restore it." });
  }
  await ctx.db.project.update({
    where: { id: ctx.project.id },
    data: { archivedAt: archived ? new Date() : null, version: { increment: 1 } },
  });
  return ctx.db.project.findUniqueOrThrow({ where: { id: ctx.project.id }, select: projectSelect });
}
