import { z } from "zod";

export const ZListTemplatesRequestSchema = z.object({});
export type TListTemplatesRequest = z.infer<typeof ZListTemplatesRequestSchema>;
