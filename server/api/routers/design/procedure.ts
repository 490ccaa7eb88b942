// The builder every design procedure uses: projectProcedure (which loads the project and refuses
// non-members with NOT_FOUND) plus the actor and project reference the design services take.
import { projectProcedure } from "../../trpc";

export const designProcedure = projectProcedure.use(({ ctx, next }) =>
  next({
    ctx: {
      actor: { user: ctx.user, membership: ctx.membership },
      designProject: { id: ctx.project.id, workspaceId: ctx.project.workspaceId, ownerId: ctx.project.ownerId, stage: ctx.project.stage, archivedAt: ctx.project.archivedAt },
    },
  }),
);
