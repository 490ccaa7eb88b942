import { z } from "zod";
import { zId } from "../../inputs";

export const ZGetDashboardRequestSchema = z.object({ projectId: zId, roundId: zId.optional() });
export type TGetDashboardRequest = z.infer<typeof ZGetDashboardRequestSchema>;
