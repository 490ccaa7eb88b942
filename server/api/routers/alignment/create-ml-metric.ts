import { ZCreateMlMetricRequestSchema } from "./create-ml-metric.types";
import { actorOf } from "./procedures";
import { createMlMetric } from "../../../services/alignment/save-ml-metric";
import { projectProcedure } from "../../trpc";

/** Adds an ML metric to the project. */
export const createMlMetricProcedure = projectProcedure.input(ZCreateMlMetricRequestSchema).mutation(({ ctx, input }) => createMlMetric(ctx.db, actorOf(ctx), { ...input, projectId: ctx.project.id }));
