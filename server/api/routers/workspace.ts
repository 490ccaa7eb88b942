import { TRPCError } from "@trpc/server";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { isUniqueViolation } from "../../db/errors";
import { slugify, withSuffix } from "../../domain/slug";
import { zDiscipline, zWorkspaceName } from "../inputs";
import { createTRPCRouter, protectedProcedure, workspaceProcedure, workspaceRoleProcedure } from "../trpc";

const workspaceSelect = { id: true, name: true, slug: true, createdAt: true } as const;

export const workspaceRouter = createTRPCRouter({
  /** The caller's workspaces, with their role in each. */
  list: protectedProcedure.query(async ({ ctx }) => {
    const memberships = await ctx.db.membership.findMany({
      where: { userId: ctx.user.id },
      select: { role: true, discipline: true, workspace: { select: workspaceSelect } },
      orderBy: { workspace: { name: "asc" } },
    });
    return memberships.map((m) => ({ ...m.workspace, role: m.role, discipline: m.discipline }));
  }),

  bySlug: protectedProcedure
    .input(z.object({ slug: z.string().trim().min(1).max(60) }))
    .query(async ({ ctx, input }) => {
      const membership = await ctx.db.membership.findFirst({
        where: { userId: ctx.user.id, workspace: { slug: input.slug } },
        select: { role: true, discipline: true, workspace: { select: workspaceSelect } },
      });
      if (!membership) throw new TRPCError({ code: "NOT_FOUND", message: "Workspace not found." });
      return { ...membership.workspace, role: membership.role, discipline: membership.discipline };
    }),

  create: protectedProcedure
    .input(z.object({ name: zWorkspaceName, discipline: zDiscipline.default("OTHER") }))
    .mutation(async ({ ctx, input }) => {
      const base = slugify(input.name);
      const taken = await ctx.db.workspace.findUnique({ where: { slug: base }, select: { id: true } });
      // A workspace created with the same name at the same moment can take the slug first: retry with a suffix.
      for (let attempt = 0; ; attempt++) {
        const slug = taken || attempt > 0 ? withSuffix(base, randomBytes(3).toString("hex")) : base;
        try {
          return await ctx.db.workspace.create({
            data: {
              name: input.name,
              slug,
              memberships: { create: { userId: ctx.user.id, role: "OWNER", discipline: input.discipline } },
            },
            select: workspaceSelect,
          });
        } catch (e) {
          if (!isUniqueViolation(e) || attempt >= 3) throw e;
        }
      }
    }),

  rename: workspaceRoleProcedure("ADMIN")
    .input(z.object({ name: zWorkspaceName }))
    .mutation(({ ctx, input }) =>
      ctx.db.workspace.update({ where: { id: ctx.membership.workspaceId }, data: { name: input.name }, select: workspaceSelect }),
    ),
});
