// Members of a workspace: list (with what the viewer may do to each), change role or discipline,
// remove, leave. The workflows live in server/services/member/.
import { z } from "zod";
import { changeMemberDiscipline } from "../../services/member/change-member-discipline";
import { changeMemberRole } from "../../services/member/change-member-role";
import { leaveWorkspace } from "../../services/member/leave-workspace";
import { listMembers } from "../../services/member/list-members";
import { removeMember } from "../../services/member/remove-member";
import { zDiscipline, zId, zRole } from "../inputs";
import { createTRPCRouter, workspaceProcedure } from "../trpc";

export const ZUpdateMemberRoleRequestSchema = z.object({ userId: zId, role: zRole });
export const ZUpdateMemberDisciplineRequestSchema = z.object({ userId: zId, discipline: zDiscipline });
export const ZRemoveMemberRequestSchema = z.object({ userId: zId });

export const memberRouter = createTRPCRouter({
  list: workspaceProcedure.query(({ ctx }) => listMembers(ctx.db, ctx)),

  updateRole: workspaceProcedure
    .input(ZUpdateMemberRoleRequestSchema)
    .mutation(({ ctx, input }) => changeMemberRole(ctx.db, ctx, { userId: input.userId, role: input.role })),

  updateDiscipline: workspaceProcedure
    .input(ZUpdateMemberDisciplineRequestSchema)
    .mutation(({ ctx, input }) => changeMemberDiscipline(ctx.db, ctx, { userId: input.userId, discipline: input.discipline })),

  remove: workspaceProcedure.input(ZRemoveMemberRequestSchema).mutation(({ ctx, input }) => removeMember(ctx.db, ctx, { userId: input.userId })),

  leave: workspaceProcedure.mutation(({ ctx }) => leaveWorkspace(ctx.db, ctx)),
});
