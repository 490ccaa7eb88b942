import { z } from "zod";

export const ZGetCheckInTemplateRequestSchema = z.object({});
export type TGetCheckInTemplateRequest = z.infer<typeof ZGetCheckInTemplateRequestSchema>;
