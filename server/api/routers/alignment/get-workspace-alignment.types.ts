import { z } from "zod";

export const ZGetWorkspaceAlignmentRequestSchema = z.object({});
export type TGetWorkspaceAlignmentRequest = z.infer<typeof ZGetWorkspaceAlignmentRequestSchema>;
