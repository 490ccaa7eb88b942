import { z } from "zod";
import { zId } from "../../inputs";

export const ZGetRubricRequestSchema = z.object({ rubricId: zId });
export type TGetRubricRequest = z.infer<typeof ZGetRubricRequestSchema>;
