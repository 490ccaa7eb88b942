import { loadLearner } from "../../../services/learn/load-learner";
import { protectedProcedure } from "../../trpc";

/** The caller's own progress on every chapter they have opened, and their path choice. */
export const myProgressRoute = protectedProcedure.query(({ ctx }) => loadLearner(ctx.db, { user: ctx.user }));
