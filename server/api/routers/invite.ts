// Invite links: create, list, revoke (admins), preview (anyone holding the link, signed in or not)
// and accept. The workflows live in server/services/invite/.
import { z } from "zod";
import { INVITE_EXPIRY_DAYS } from "../../domain/invite";
import { acceptInvite } from "../../services/invite/accept-invite";
import { createInvite } from "../../services/invite/create-invite";
import { listInvites } from "../../services/invite/list-invites";
import { previewInvite } from "../../services/invite/preview-invite";
import { revokeInvite } from "../../services/invite/revoke-invite";
import { zDiscipline, zId, zRole } from "../inputs";
import { createTRPCRouter, protectedProcedure, publicProcedure, workspaceProcedure, workspaceRoleProcedure } from "../trpc";

const zToken = z.string().trim().min(16, "is not a valid invite link").max(128, "is not a valid invite link");
const zDays = z
  .number()
  .int()
  .refine((d) => (INVITE_EXPIRY_DAYS as readonly number[]).includes(d), `must be one of ${INVITE_EXPIRY_DAYS.join(", ")} days`);

export const ZCreateInviteRequestSchema = z.object({ role: zRole.default("MEMBER"), expiresInDays: zDays.default(7) });
export const ZRevokeInviteRequestSchema = z.object({ inviteId: zId });
export const ZPreviewInviteRequestSchema = z.object({ token: zToken });
export const ZAcceptInviteRequestSchema = z.object({ token: zToken, discipline: zDiscipline.default("OTHER") });

export const inviteRouter = createTRPCRouter({
  list: workspaceRoleProcedure("ADMIN").query(({ ctx }) => listInvites(ctx.db, ctx)),

  /** Returns the token once; only its hash is stored. */
  create: workspaceProcedure
    .input(ZCreateInviteRequestSchema)
    .mutation(({ ctx, input }) => createInvite(ctx.db, ctx, { role: input.role, expiresInDays: input.expiresInDays })),

  revoke: workspaceRoleProcedure("ADMIN")
    .input(ZRevokeInviteRequestSchema)
    .mutation(({ ctx, input }) => revokeInvite(ctx.db, ctx, { inviteId: input.inviteId })),

  /** Public: a signed-out person sees where a live link leads before creating an account. */
  preview: publicProcedure
    .input(ZPreviewInviteRequestSchema)
    .query(({ ctx, input }) => previewInvite(ctx.db, ctx.user ? { user: ctx.user } : null, { token: input.token })),

  accept: protectedProcedure
    .input(ZAcceptInviteRequestSchema)
    .mutation(({ ctx, input }) => acceptInvite(ctx.db, ctx, { token: input.token, discipline: input.discipline })),
});
