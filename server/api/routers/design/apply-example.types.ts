import { z } from "zod";
import { DESIGN_EXAMPLE_IDS } from "../../../domain/design/examples";

export const ZApplyExampleRequestSchema = z.object({ example: z.enum(DESIGN_EXAMPLE_IDS, "must be one of card_fraud or churn") });
export type TApplyExampleRequest = z.infer<typeof ZApplyExampleRequestSchema>;
