import { listExemptions as listExemptionsService } from "../../../services/assess/exemptions";
import { assessProjectProcedure } from "./procedure";
import { ZListExemptionsRequestSchema } from "./list-exemptions.types";

export const listExemptions = assessProjectProcedure
  .input(ZListExemptionsRequestSchema)
  .query(({ ctx }) => listExemptionsService(ctx.db, ctx.actor, { project: ctx.project }));
