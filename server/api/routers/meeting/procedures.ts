// Builders for meeting procedures: the meeting (or action) named in the input and the caller's
// membership of its workspace, loaded in one query before anything runs. Not a member and no such
// meeting look the same.
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { isoDate } from "../../../domain/alignment/dates";
import type { MemberActor } from "../../../services/actor";
import type { MeetingRef } from "../../../services/meeting/meeting-ref";
import type { ActionRef } from "../../../services/meeting/update-action";
import { zId } from "../../inputs";
import { protectedProcedure } from "../../trpc";

const membershipSelect = { id: true, role: true, discipline: true, workspaceId: true, userId: true } as const;

export const meetingProcedure = protectedProcedure.input(z.object({ meetingId: zId })).use(async ({ ctx, input, next }) => {
  const row = await ctx.db.meeting.findUnique({
    where: { id: input.meetingId },
    select: {
      id: true,
      workspaceId: true,
      projectId: true,
      roundId: true,
      facilitatorId: true,
      slideIndex: true,
      version: true,
      endedAt: true,
      project: { select: { archivedAt: true, workspace: { select: { memberships: { where: { userId: ctx.user.id }, select: membershipSelect, take: 1 } } } } },
    },
  });
  const membership = row?.project.workspace.memberships[0];
  if (!row || !membership) throw new TRPCError({ code: "NOT_FOUND", message: "Meeting not found." });
  const { project, ...rest } = row;
  const meeting: MeetingRef = { ...rest, projectArchived: project.archivedAt !== null };
  return next({ ctx: { ...ctx, meeting, membership } });
});

export const actionProcedure = protectedProcedure.input(z.object({ actionId: zId })).use(async ({ ctx, input, next }) => {
  const row = await ctx.db.meetingAction.findUnique({
    where: { id: input.actionId },
    select: {
      id: true,
      workspaceId: true,
      projectId: true,
      dueDate: true,
      project: { select: { archivedAt: true, workspace: { select: { memberships: { where: { userId: ctx.user.id }, select: membershipSelect, take: 1 } } } } },
    },
  });
  const membership = row?.project.workspace.memberships[0];
  if (!row || !membership) throw new TRPCError({ code: "NOT_FOUND", message: "Action not found." });
  const action: ActionRef = { id: row.id, workspaceId: row.workspaceId, projectId: row.projectId, dueDate: isoDate(row.dueDate), projectArchived: row.project.archivedAt !== null };
  return next({ ctx: { ...ctx, action, membership } });
});

/** The service-layer actor from a builder's context. */
export function actorOf(ctx: { user: MemberActor["user"]; membership: MemberActor["membership"] }): MemberActor {
  return { user: ctx.user, membership: ctx.membership };
}
