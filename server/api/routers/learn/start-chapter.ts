import { startChapter } from "../../../services/learn/start-chapter";
import { protectedProcedure } from "../../trpc";
import { ZStartChapterRequestSchema } from "./start-chapter.types";

export const startChapterRoute = protectedProcedure
  .input(ZStartChapterRequestSchema)
  .mutation(({ ctx, input }) => startChapter(ctx.db, { user: ctx.user }, input));
