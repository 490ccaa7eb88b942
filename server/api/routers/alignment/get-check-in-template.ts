import { ZGetCheckInTemplateRequestSchema } from "./get-check-in-template.types";
import { actorOf, objectiveProcedure } from "./procedures";
import { getCheckInTemplate } from "../../../services/alignment/export-check-ins";

/** A CSV template with the objective's columns. */
export const checkInTemplateProcedure = objectiveProcedure.input(ZGetCheckInTemplateRequestSchema).query(({ ctx, input }) => getCheckInTemplate(ctx.db, actorOf(ctx), { ...input, objectiveId: ctx.objective.id }));
