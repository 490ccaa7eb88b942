import type { z } from "zod";
import { zObjectiveFields } from "./fields";

export const ZCreateObjectiveRequestSchema = zObjectiveFields;
export type TCreateObjectiveRequest = z.infer<typeof ZCreateObjectiveRequestSchema>;
