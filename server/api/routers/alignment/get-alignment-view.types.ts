import { z } from "zod";
import { zId } from "./fields";

export const ZGetAlignmentViewRequestSchema = z.object({ projectId: zId });
export type TGetAlignmentViewRequest = z.infer<typeof ZGetAlignmentViewRequestSchema>;
