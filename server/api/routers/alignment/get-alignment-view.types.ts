import { z } from "zod";

export const ZGetAlignmentViewRequestSchema = z.object({});
export type TGetAlignmentViewRequest = z.infer<typeof ZGetAlignmentViewRequestSchema>;
