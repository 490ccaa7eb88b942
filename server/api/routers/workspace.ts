// Workspaces: the caller's list, one by slug, create, rename. Workflows in server/services/workspace/.
import { z } from "zod";
import { createWorkspace } from "../../services/workspace/create-workspace";
import { getWorkspaceBySlug, listWorkspaces } from "../../services/workspace/list-workspaces";
import { renameWorkspace } from "../../services/workspace/rename-workspace";
import { getWorkspaceSettings } from "../../services/workspace/get-workspace-settings";
import { setDesignReviewPeriod } from "../../services/workspace/set-design-review-period";
import { ZSetReviewPeriodRequestSchema } from "./design/set-review-period.types";
import { zDiscipline, zWorkspaceName } from "../inputs";
import { createTRPCRouter, protectedProcedure, rememberMemberships, workspaceProcedure, workspaceRoleProcedure } from "../trpc";

export const ZGetWorkspaceBySlugRequestSchema = z.object({ slug: z.string().trim().min(1, "is required").max(60, "must be at most 60 characters") });
export const ZCreateWorkspaceRequestSchema = z.object({ name: zWorkspaceName, discipline: zDiscipline.default("OTHER") });
export const ZRenameWorkspaceRequestSchema = z.object({ name: zWorkspaceName });

export const workspaceRouter = createTRPCRouter({
  list: protectedProcedure.query(async ({ ctx }) => {
    const rows = await listWorkspaces(ctx.db, ctx);
    rememberMemberships(
      ctx,
      rows.map((r) => ({ id: r.membershipId, workspaceId: r.id, userId: ctx.user.id, role: r.role, discipline: r.discipline })),
    );
    return rows.map(({ membershipId: _, ...workspace }) => workspace);
  }),

  bySlug: protectedProcedure.input(ZGetWorkspaceBySlugRequestSchema).query(({ ctx, input }) => getWorkspaceBySlug(ctx.db, ctx, { slug: input.slug })),

  create: protectedProcedure
    .input(ZCreateWorkspaceRequestSchema)
    .mutation(({ ctx, input }) => createWorkspace(ctx.db, ctx, { name: input.name, discipline: input.discipline })),

  rename: workspaceRoleProcedure("ADMIN").input(ZRenameWorkspaceRequestSchema).mutation(({ ctx, input }) => renameWorkspace(ctx.db, ctx, { name: input.name })),

  settings: workspaceProcedure.query(({ ctx }) => getWorkspaceSettings(ctx.db, ctx)),

  /** Admins: the design documents' review period, applied to every document in the workspace. */
  setDesignReviewPeriod: workspaceRoleProcedure("ADMIN")
    .input(ZSetReviewPeriodRequestSchema)
    .mutation(({ ctx, input }) => setDesignReviewPeriod(ctx.db, ctx, { days: input.days })),
});
