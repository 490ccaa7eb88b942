import { setExemption as setExemptionService } from "../../../services/assess/exemptions";
import { assessProjectProcedure } from "./procedure";
import { ZSetExemptionRequestSchema } from "./set-exemption.types";

/** Marks a rubric item not applicable for the project until a date, with a reason. */
export const setExemption = assessProjectProcedure
  .input(ZSetExemptionRequestSchema)
  .mutation(({ ctx, input }) => setExemptionService(ctx.db, ctx.actor, { project: ctx.project, itemId: input.itemId, reason: input.reason, expiresAt: input.expiresAt }));
