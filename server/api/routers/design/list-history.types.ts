import { z } from "zod";
import { zRevision, zStep } from "./inputs";

export const ZListHistoryRequestSchema = z.object({ step: zStep, before: zRevision.optional() });
export type TListHistoryRequest = z.infer<typeof ZListHistoryRequestSchema>;
