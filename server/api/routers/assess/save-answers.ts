import { saveAnswers as saveAnswersService } from "../../../services/assess/save-answers";
import { roundProcedure } from "./procedure";
import { ZSaveAnswersRequestSchema } from "./save-answers.types";

/** Saves the caller's answers as a draft, or submits them; allowed until the round closes. */
export const saveAnswers = roundProcedure
  .input(ZSaveAnswersRequestSchema)
  .mutation(({ ctx, input }) => saveAnswersService(ctx.db, ctx.actor, { round: ctx.round, answers: input.answers, submit: input.submit }));
