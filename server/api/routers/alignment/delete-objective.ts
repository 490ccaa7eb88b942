import { ZDeleteObjectiveRequestSchema } from "./delete-objective.types";
import { actorOf, objectiveProcedure } from "./procedures";
import { deleteObjective } from "../../../services/alignment/save-objective";

/** Deletes an objective with its check-ins. */
export const deleteObjectiveProcedure = objectiveProcedure.input(ZDeleteObjectiveRequestSchema).mutation(({ ctx }) => deleteObjective(ctx.db, actorOf(ctx), { objectiveId: ctx.objective.id, projectId: ctx.objective.projectId }));
