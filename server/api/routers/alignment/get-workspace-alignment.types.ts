import { z } from "zod";
import { zId } from "./fields";

export const ZGetWorkspaceAlignmentRequestSchema = z.object({ workspaceId: zId });
export type TGetWorkspaceAlignmentRequest = z.infer<typeof ZGetWorkspaceAlignmentRequestSchema>;
