import { getProject } from "../../../services/project/get-project";
import { projectProcedure } from "../../trpc";

export const getProjectProcedure = projectProcedure.query(({ ctx }) => getProject(ctx.db, ctx, ctx.project));
