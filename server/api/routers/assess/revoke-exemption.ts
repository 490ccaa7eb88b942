import { revokeExemption as revokeExemptionService } from "../../../services/assess/exemptions";
import { assessProjectProcedure } from "./procedure";
import { ZRevokeExemptionRequestSchema } from "./revoke-exemption.types";

export const revokeExemption = assessProjectProcedure
  .input(ZRevokeExemptionRequestSchema)
  .mutation(({ ctx, input }) => revokeExemptionService(ctx.db, ctx.actor, { project: ctx.project, exemptionId: input.exemptionId }));
