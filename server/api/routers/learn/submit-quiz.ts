import { recordQuizAttempt } from "../../../services/learn/record-quiz-attempt";
import { protectedProcedure } from "../../trpc";
import { ZSubmitQuizRequestSchema } from "./submit-quiz.types";

/** Grades on the server: the browser never receives the correct answers before submitting. */
export const submitQuizRoute = protectedProcedure
  .input(ZSubmitQuizRequestSchema)
  .mutation(({ ctx, input }) => recordQuizAttempt(ctx.db, { user: ctx.user }, input));
