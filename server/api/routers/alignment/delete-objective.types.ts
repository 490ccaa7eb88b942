import { z } from "zod";

export const ZDeleteObjectiveRequestSchema = z.object({});
export type TDeleteObjectiveRequest = z.infer<typeof ZDeleteObjectiveRequestSchema>;
