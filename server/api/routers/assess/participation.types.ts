import { z } from "zod";

export const ZParticipationRequestSchema = z.object({});
export type TParticipationRequest = z.infer<typeof ZParticipationRequestSchema>;
