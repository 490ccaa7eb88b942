// Builders for the assess router. roundProcedure loads the round named in the input together with
// the caller's membership of its project's workspace (not a member and no such round look the same:
// NOT_FOUND), and closes the round first when its closing date has passed (as of that date).
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { isDueToClose } from "../../../domain/assess";
import type { MemberActor } from "../../../services/actor";
import { closeRoundNow } from "../../../services/assess/close-round-now";
import { roundRefSelect, type RoundRef } from "../../../services/assess/round-ref";
import { zId } from "../../inputs";
import { projectProcedure, protectedProcedure, workspaceProcedure } from "../../trpc";

const membershipSelect = { id: true, role: true, discipline: true, workspaceId: true, userId: true } as const;

export const roundProcedure = protectedProcedure.input(z.object({ roundId: zId })).use(async ({ ctx, input, next }) => {
  const load = () =>
    ctx.db.assessmentRound.findUnique({
      where: { id: input.roundId },
      select: {
        ...roundRefSelect,
        project: { select: { workspace: { select: { memberships: { where: { userId: ctx.user.id }, select: membershipSelect, take: 1 } } } } },
      },
    });
  let found = await load();
  const membership = found?.project.workspace.memberships[0];
  if (!found || !membership) throw new TRPCError({ code: "NOT_FOUND", message: "Round not found." });
  if (isDueToClose(found, new Date())) {
    await closeRoundNow(ctx.db, found, found.closesAt);
    found = (await load())!;
  }
  const { project: _p, ...round } = found;
  const actor: MemberActor = { user: ctx.user, membership };
  return next({ ctx: { ...ctx, round: round as RoundRef, membership, actor } });
});

/** A project-scoped procedure with the caller as a service actor. */
export const assessProjectProcedure = projectProcedure.use(({ ctx, next }) =>
  next({ ctx: { ...ctx, actor: { user: ctx.user, membership: ctx.membership } satisfies MemberActor } }),
);

/** A workspace-scoped procedure with the caller as a service actor. */
export const assessWorkspaceProcedure = workspaceProcedure.use(({ ctx, next }) =>
  next({ ctx: { ...ctx, actor: { user: ctx.user, membership: ctx.membership } satisfies MemberActor } }),
);
