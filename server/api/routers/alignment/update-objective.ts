import { ZUpdateObjectiveRequestSchema } from "./update-objective.types";
import { actorOf, objectiveProcedure } from "./procedures";
import { updateObjective } from "../../../services/alignment/save-objective";

/** Edits an objective; a stale version is refused with CONFLICT. */
export const updateObjectiveProcedure = objectiveProcedure.input(ZUpdateObjectiveRequestSchema).mutation(({ ctx, input }) => updateObjective(ctx.db, actorOf(ctx), { ...input, projectId: ctx.objective.projectId }));
