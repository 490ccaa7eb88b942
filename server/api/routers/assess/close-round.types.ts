import { z } from "zod";

export const ZCloseRoundRequestSchema = z.object({});
export type TCloseRoundRequest = z.infer<typeof ZCloseRoundRequestSchema>;
