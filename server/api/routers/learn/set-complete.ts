import { setChapterComplete } from "../../../services/learn/set-chapter-complete";
import { protectedProcedure } from "../../trpc";
import { ZSetCompleteRequestSchema } from "./set-complete.types";

export const setCompleteRoute = protectedProcedure
  .input(ZSetCompleteRequestSchema)
  .mutation(({ ctx, input }) => setChapterComplete(ctx.db, { user: ctx.user }, input));
