// The objective builder: loads the objective named in the input and the caller's membership of
// its project's workspace in one query. Not a member and no such objective look the same.
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import type { MemberActor } from "../../../services/actor";
import { zId } from "../../inputs";
import { protectedProcedure } from "../../trpc";

const membershipSelect = { id: true, role: true, discipline: true, workspaceId: true, userId: true } as const;

export const objectiveProcedure = protectedProcedure.input(z.object({ objectiveId: zId })).use(async ({ ctx, input, next }) => {
  const objective = await ctx.db.businessObjective.findUnique({
    where: { id: input.objectiveId },
    select: {
      id: true,
      projectId: true,
      project: { select: { workspace: { select: { memberships: { where: { userId: ctx.user.id }, select: membershipSelect, take: 1 } } } } },
    },
  });
  const membership = objective?.project.workspace.memberships[0];
  if (!objective || !membership) throw new TRPCError({ code: "NOT_FOUND", message: "Objective not found." });
  return next({ ctx: { ...ctx, objective: { id: objective.id, projectId: objective.projectId }, membership } });
});

/** The service-layer actor from a builder's context. */
export function actorOf(ctx: { user: MemberActor["user"]; membership: MemberActor["membership"] }): MemberActor {
  return { user: ctx.user, membership: ctx.membership };
}
