import { setLearningPath } from "../../../services/learn/set-learning-path";
import { protectedProcedure } from "../../trpc";
import { ZSetPathRequestSchema } from "./set-path.types";

/** Choose a path, or null to follow the discipline again. */
export const setPathRoute = protectedProcedure
  .input(ZSetPathRequestSchema)
  .mutation(({ ctx, input }) => setLearningPath(ctx.db, { user: ctx.user }, input));
