import { z } from "zod";
import { zDate, zItemId, zReason } from "./inputs";

export const ZSetExemptionRequestSchema = z.object({ itemId: zItemId, reason: zReason, expiresAt: zDate });
export type TSetExemptionRequest = z.infer<typeof ZSetExemptionRequestSchema>;
