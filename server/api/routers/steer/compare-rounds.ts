import { compareRounds } from "../../../services/steer/compare-rounds";
import { projectProcedure } from "../../trpc";
import { ZCompareRoundsRequestSchema } from "./compare-rounds.types";

/** Two closed rounds of a project side by side: both scores of every lever and condition and the change. */
export const compareRoundsRoute = projectProcedure
  .input(ZCompareRoundsRequestSchema)
  .query(({ ctx, input }) =>
    compareRounds(ctx.db, { user: ctx.user, membership: ctx.membership }, { projectId: ctx.project.id, fromRoundId: input.fromRoundId, toRoundId: input.toRoundId }),
  );
