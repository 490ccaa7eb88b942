import { ZDeleteMlMetricRequestSchema } from "./delete-ml-metric.types";
import { actorOf } from "./procedures";
import { deleteMlMetric } from "../../../services/alignment/save-ml-metric";
import { projectProcedure } from "../../trpc";

/** Deletes an ML metric and its mappings. */
export const deleteMlMetricProcedure = projectProcedure.input(ZDeleteMlMetricRequestSchema).mutation(({ ctx, input }) => deleteMlMetric(ctx.db, actorOf(ctx), { ...input, projectId: ctx.project.id }));
