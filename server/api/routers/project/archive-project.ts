import { setProjectArchived } from "../../../services/project/set-project-archived";
import { projectProcedure } from "../../trpc";

export const archiveProjectProcedure = projectProcedure.mutation(({ ctx }) => setProjectArchived(ctx.db, ctx, ctx.project, true));
export const restoreProjectProcedure = projectProcedure.mutation(({ ctx }) => setProjectArchived(ctx.db, ctx, ctx.project, false));
