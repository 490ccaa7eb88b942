import { z } from "zod";
import { zRevision, zStep } from "./inputs";

export const ZRestoreRevisionRequestSchema = z.object({ step: zStep, revision: zRevision.min(1, "must be 1 or more"), baseRevision: zRevision });
export type TRestoreRevisionRequest = z.infer<typeof ZRestoreRevisionRequestSchema>;
