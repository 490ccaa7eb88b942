import { z } from "zod";

export const ZRoundHistoryRequestSchema = z.object({});
export type TRoundHistoryRequest = z.infer<typeof ZRoundHistoryRequestSchema>;
