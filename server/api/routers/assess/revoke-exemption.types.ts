import { z } from "zod";
import { zId } from "../../inputs";

export const ZRevokeExemptionRequestSchema = z.object({ exemptionId: zId });
export type TRevokeExemptionRequest = z.infer<typeof ZRevokeExemptionRequestSchema>;
