import { z } from "zod";

export const ZGetResultsRequestSchema = z.object({});
export type TGetResultsRequest = z.infer<typeof ZGetResultsRequestSchema>;
