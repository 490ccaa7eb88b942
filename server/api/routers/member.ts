import { TRPCError } from "@trpc/server";
import { z } from "zod";
import type { Db } from "../../db/connection";
import { refuseDisciplineChange, refuseRemoval, refuseRoleChange, type MemberRef } from "../../domain/roles";
import { zDiscipline, zId, zRole } from "../inputs";
import { createTRPCRouter, workspaceProcedure } from "../trpc";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

// Membership changes lock the workspace row so two concurrent demotions cannot both see
// "two owners" and leave the workspace with none.
async function lockWorkspace(tx: Tx, workspaceId: string) {
  await tx.$queryRaw`SELECT id FROM "Workspace" WHERE id = ${workspaceId} FOR UPDATE`;
}

async function loadTarget(tx: Tx, workspaceId: string, userId: string): Promise<MemberRef> {
  const target = await tx.membership.findUnique({
    where: { workspaceId_userId: { workspaceId, userId } },
    select: { userId: true, role: true },
  });
  if (!target) throw new TRPCError({ code: "NOT_FOUND", message: "Member not found." });
  return target;
}

function refuse(reason: string | null) {
  if (reason) throw new TRPCError({ code: "FORBIDDEN", message: reason });
}

const ownerCount = (tx: Tx, workspaceId: string) => tx.membership.count({ where: { workspaceId, role: "OWNER" } });

async function removeMembership(tx: Tx, workspaceId: string, actorId: string, targetId: string) {
  // Projects the leaving member owns pass to the person removing them (or, when leaving, to an owner).
  const heir =
    actorId !== targetId
      ? actorId
      : (await tx.membership.findFirst({ where: { workspaceId, role: "OWNER", userId: { not: targetId } }, select: { userId: true } }))
          ?.userId;
  if (heir) await tx.project.updateMany({ where: { workspaceId, ownerId: targetId }, data: { ownerId: heir } });
  await tx.membership.delete({ where: { workspaceId_userId: { workspaceId, userId: targetId } } });
}

export const memberRouter = createTRPCRouter({
  list: workspaceProcedure.query(async ({ ctx }) => {
    const members = await ctx.db.membership.findMany({
      where: { workspaceId: ctx.membership.workspaceId },
      select: { role: true, discipline: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
      orderBy: { createdAt: "asc" },
    });
    return members.map((m) => ({ ...m.user, role: m.role, discipline: m.discipline, joinedAt: m.createdAt }));
  }),

  updateRole: workspaceProcedure
    .input(z.object({ userId: zId, role: zRole }))
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction(async (tx) => {
        const { workspaceId } = ctx.membership;
        await lockWorkspace(tx, workspaceId);
        const target = await loadTarget(tx, workspaceId, input.userId);
        refuse(refuseRoleChange(ctx.membership, target, input.role, await ownerCount(tx, workspaceId)));
        return tx.membership.update({
          where: { workspaceId_userId: { workspaceId, userId: input.userId } },
          data: { role: input.role },
          select: { userId: true, role: true, discipline: true },
        });
      }),
    ),

  updateDiscipline: workspaceProcedure
    .input(z.object({ userId: zId, discipline: zDiscipline }))
    .mutation(async ({ ctx, input }) => {
      const { workspaceId } = ctx.membership;
      const target = await loadTarget(ctx.db, workspaceId, input.userId);
      refuse(refuseDisciplineChange(ctx.membership, target));
      return ctx.db.membership.update({
        where: { workspaceId_userId: { workspaceId, userId: input.userId } },
        data: { discipline: input.discipline },
        select: { userId: true, role: true, discipline: true },
      });
    }),

  remove: workspaceProcedure.input(z.object({ userId: zId })).mutation(({ ctx, input }) =>
    ctx.db.$transaction(async (tx) => {
      const { workspaceId } = ctx.membership;
      await lockWorkspace(tx, workspaceId);
      const target = await loadTarget(tx, workspaceId, input.userId);
      refuse(refuseRemoval(ctx.membership, target, await ownerCount(tx, workspaceId)));
      await removeMembership(tx, workspaceId, ctx.user.id, input.userId);
      return { removed: input.userId };
    }),
  ),

  leave: workspaceProcedure.mutation(({ ctx }) =>
    ctx.db.$transaction(async (tx) => {
      const { workspaceId } = ctx.membership;
      await lockWorkspace(tx, workspaceId);
      const me = await loadTarget(tx, workspaceId, ctx.user.id);
      refuse(refuseRemoval(me, me, await ownerCount(tx, workspaceId)));
      await removeMembership(tx, workspaceId, ctx.user.id, ctx.user.id);
      return { left: workspaceId };
    }),
  ),
});
