import { z } from "zod";
import { zRevision, zStep } from "./inputs";

export const ZDiffRevisionsRequestSchema = z.object({ step: zStep, from: zRevision, to: zRevision });
export type TDiffRevisionsRequest = z.infer<typeof ZDiffRevisionsRequestSchema>;
