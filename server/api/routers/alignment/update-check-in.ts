import { ZUpdateCheckInRequestSchema } from "./update-check-in.types";
import { actorOf, objectiveProcedure } from "./procedures";
import { updateCheckIn } from "../../../services/alignment/save-check-in";

/** Edits a check-in; a stale version is refused with CONFLICT. */
export const updateCheckInProcedure = objectiveProcedure.input(ZUpdateCheckInRequestSchema).mutation(({ ctx, input }) => updateCheckIn(ctx.db, actorOf(ctx), { ...input, projectId: ctx.objective.projectId }));
