import type { z } from "zod";
import { zObjectiveFields, zVersion } from "./fields";

export const ZUpdateObjectiveRequestSchema = zObjectiveFields.extend({ version: zVersion });
export type TUpdateObjectiveRequest = z.infer<typeof ZUpdateObjectiveRequestSchema>;
