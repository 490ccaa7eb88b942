import { z } from "zod";

export const ZListExemptionsRequestSchema = z.object({});
export type TListExemptionsRequest = z.infer<typeof ZListExemptionsRequestSchema>;
