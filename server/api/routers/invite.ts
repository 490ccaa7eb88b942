import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { isUniqueViolation } from "../../db/errors";
import { INVITE_EXPIRY_DAYS, hashInviteToken, inviteExpiry, inviteStatus, newInviteToken } from "../../domain/invite";
import { refuseInviteRole } from "../../domain/roles";
import { zDiscipline, zId, zRole } from "../inputs";
import { createTRPCRouter, protectedProcedure, workspaceProcedure, workspaceRoleProcedure } from "../trpc";

const zToken = z.string().trim().min(16, "is not a valid invite link").max(128, "is not a valid invite link");
const zDays = z
  .number()
  .int()
  .refine((d) => (INVITE_EXPIRY_DAYS as readonly number[]).includes(d), `must be one of ${INVITE_EXPIRY_DAYS.join(", ")} days`);

async function findUsableInvite(db: import("../../db/connection").Db, token: string) {
  const invite = await db.invite.findUnique({
    where: { tokenHash: hashInviteToken(token) },
    select: { id: true, role: true, expiresAt: true, revokedAt: true, workspace: { select: { id: true, name: true, slug: true } } },
  });
  if (!invite) throw new TRPCError({ code: "NOT_FOUND", message: "This invite link is not valid." });
  const status = inviteStatus(invite, new Date());
  if (status !== "active") {
    throw new TRPCError({ code: "PRECONDITION_FAILED", message: `This invite link has ${status === "expired" ? "expired" : "been revoked"}. Ask for a new one.` });
  }
  return invite;
}

export const inviteRouter = createTRPCRouter({
  list: workspaceRoleProcedure("ADMIN").query(async ({ ctx }) => {
    const invites = await ctx.db.invite.findMany({
      where: { workspaceId: ctx.membership.workspaceId },
      select: { id: true, role: true, expiresAt: true, revokedAt: true, useCount: true, createdAt: true, createdBy: { select: { name: true } } },
      orderBy: { createdAt: "desc" },
      take: 100,
    });
    const now = new Date();
    return invites.map((i) => ({ ...i, status: inviteStatus(i, now) }));
  }),

  /** Returns the token once; only its hash is stored. */
  create: workspaceProcedure
    .input(z.object({ role: zRole.default("MEMBER"), expiresInDays: zDays.default(7) }))
    .mutation(async ({ ctx, input }) => {
      const reason = refuseInviteRole(ctx.membership, input.role);
      if (reason) throw new TRPCError({ code: "FORBIDDEN", message: reason });
      const token = newInviteToken();
      const invite = await ctx.db.invite.create({
        data: {
          workspaceId: ctx.membership.workspaceId,
          tokenHash: hashInviteToken(token),
          role: input.role,
          createdById: ctx.user.id,
          expiresAt: inviteExpiry(input.expiresInDays, new Date()),
        },
        select: { id: true, role: true, expiresAt: true },
      });
      return { ...invite, token };
    }),

  revoke: workspaceRoleProcedure("ADMIN")
    .input(z.object({ inviteId: zId }))
    .mutation(async ({ ctx, input }) => {
      const { count } = await ctx.db.invite.updateMany({
        where: { id: input.inviteId, workspaceId: ctx.membership.workspaceId, revokedAt: null },
        data: { revokedAt: new Date() },
      });
      if (count === 0) throw new TRPCError({ code: "NOT_FOUND", message: "Invite not found or already revoked." });
      return { revoked: input.inviteId };
    }),

  preview: protectedProcedure.input(z.object({ token: zToken })).query(async ({ ctx, input }) => {
    const invite = await findUsableInvite(ctx.db, input.token);
    const member = await ctx.db.membership.findUnique({
      where: { workspaceId_userId: { workspaceId: invite.workspace.id, userId: ctx.user.id } },
      select: { id: true },
    });
    return { workspaceName: invite.workspace.name, workspaceSlug: invite.workspace.slug, role: invite.role, alreadyMember: Boolean(member) };
  }),

  accept: protectedProcedure
    .input(z.object({ token: zToken, discipline: zDiscipline.default("OTHER") }))
    .mutation(async ({ ctx, input }) => {
    const invite = await findUsableInvite(ctx.db, input.token);
    const workspaceId = invite.workspace.id;
    try {
      await ctx.db.$transaction(async (tx) => {
        const existing = await tx.membership.findUnique({
          where: { workspaceId_userId: { workspaceId, userId: ctx.user.id } },
          select: { id: true },
        });
        if (existing) return;
        await tx.membership.create({ data: { workspaceId, userId: ctx.user.id, role: invite.role, discipline: input.discipline } });
        await tx.invite.update({ where: { id: invite.id }, data: { useCount: { increment: 1 } } });
      });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e; // the same user's other tab joined first: they are a member either way
    }
    return { slug: invite.workspace.slug };
  }),
});
