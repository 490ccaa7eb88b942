import { getQuizAttempt } from "../../../services/learn/get-quiz-attempt";
import { protectedProcedure } from "../../trpc";
import { ZGetQuizRequestSchema } from "./get-quiz.types";

/** The quiz for the caller's next attempt, options in that attempt's order, without answers. */
export const getQuizRoute = protectedProcedure.input(ZGetQuizRequestSchema).query(({ ctx, input }) => getQuizAttempt(ctx.db, { user: ctx.user }, input));
