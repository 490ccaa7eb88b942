import { z } from "zod";

export const ZWaitingRoundsRequestSchema = z.object({});
export type TWaitingRoundsRequest = z.infer<typeof ZWaitingRoundsRequestSchema>;
