import { z } from "zod";

export const ZListRoundsRequestSchema = z.object({});
export type TListRoundsRequest = z.infer<typeof ZListRoundsRequestSchema>;
