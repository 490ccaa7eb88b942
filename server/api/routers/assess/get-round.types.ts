import { z } from "zod";

export const ZGetRoundRequestSchema = z.object({});
export type TGetRoundRequest = z.infer<typeof ZGetRoundRequestSchema>;
