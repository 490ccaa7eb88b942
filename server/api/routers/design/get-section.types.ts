import { z } from "zod";
import { zStep } from "./inputs";

export const ZGetSectionRequestSchema = z.object({ step: zStep });
export type TGetSectionRequest = z.infer<typeof ZGetSectionRequestSchema>;
