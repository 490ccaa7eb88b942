import { z } from "zod";
import { zId } from "../../inputs";

export const ZCompareRoundsRequestSchema = z.object({ projectId: zId, fromRoundId: zId, toRoundId: zId });
export type TCompareRoundsRequest = z.infer<typeof ZCompareRoundsRequestSchema>;
