import { applyDesignExample } from "../../../services/design/apply-design-example";
import { designProcedure } from "./procedure";
import { ZApplyExampleRequestSchema } from "./apply-example.types";

/** Fills every section nobody has saved yet from an example document. */
export const applyExampleRoute = designProcedure
  .input(ZApplyExampleRequestSchema)
  .mutation(({ ctx, input }) => applyDesignExample(ctx.db, ctx.actor, { project: ctx.designProject, example: input.example }));
