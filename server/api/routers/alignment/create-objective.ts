import { ZCreateObjectiveRequestSchema } from "./create-objective.types";
import { actorOf } from "./procedures";
import { createObjective } from "../../../services/alignment/save-objective";
import { projectProcedure } from "../../trpc";

/** Adds a business objective to the project. */
export const createObjectiveProcedure = projectProcedure.input(ZCreateObjectiveRequestSchema).mutation(({ ctx, input }) => createObjective(ctx.db, actorOf(ctx), { ...input, projectId: ctx.project.id }));
