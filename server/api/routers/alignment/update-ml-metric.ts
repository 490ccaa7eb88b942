import { ZUpdateMlMetricRequestSchema } from "./update-ml-metric.types";
import { actorOf } from "./procedures";
import { projectProcedure } from "../../trpc";
import { updateMlMetric } from "../../../services/alignment/save-ml-metric";

/** Edits an ML metric; a stale version is refused with CONFLICT. */
export const updateMlMetricProcedure = projectProcedure.input(ZUpdateMlMetricRequestSchema).mutation(({ ctx, input }) => updateMlMetric(ctx.db, actorOf(ctx), { ...input, projectId: ctx.project.id }));
