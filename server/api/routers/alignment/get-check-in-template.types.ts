import { z } from "zod";
import { zId } from "./fields";

export const ZGetCheckInTemplateRequestSchema = z.object({ objectiveId: zId });
export type TGetCheckInTemplateRequest = z.infer<typeof ZGetCheckInTemplateRequestSchema>;
