import { trackDesignMetric } from "../../../services/design/track-design-metric";
import { designProcedure } from "./procedure";
import { ZTrackMetricRequestSchema, ZTrackMetricResponseSchema } from "./track-metric.types";

/** "Track this" on step 1: a metric the step names becomes an objective or ML metric in alignment tracking. */
export const trackMetricRoute = designProcedure
  .input(ZTrackMetricRequestSchema)
  .output(ZTrackMetricResponseSchema)
  .mutation(({ ctx, input }) => trackDesignMetric(ctx.db, ctx.actor, { project: ctx.designProject, ...input }));
