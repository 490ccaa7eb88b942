import { z } from "zod";
import { zId } from "../../inputs";

export const ZListActionsRequestSchema = z.object({ projectId: zId });
export type TListActionsRequest = z.infer<typeof ZListActionsRequestSchema>;
