import { z } from "zod";
import { zId } from "./fields";

export const ZDeleteObjectiveRequestSchema = z.object({ objectiveId: zId });
export type TDeleteObjectiveRequest = z.infer<typeof ZDeleteObjectiveRequestSchema>;
