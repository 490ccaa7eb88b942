import { listExemptions as listExemptionsService } from "../../../services/assess/exemptions";
import { assessProjectProcedure } from "./procedure";

export const listExemptions = assessProjectProcedure
  .query(({ ctx }) => listExemptionsService(ctx.db, ctx.actor, { project: ctx.project }));
