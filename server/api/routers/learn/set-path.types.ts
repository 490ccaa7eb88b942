import { z } from "zod";
import { PATH_KEYS } from "../../../domain/learning-path";

export const ZSetPathRequestSchema = z.object({
  path: z.enum(PATH_KEYS, "must be one of manager, data_scientist, ml_engineer, data_engineer or all").nullable(),
});
export type TSetPathRequest = z.infer<typeof ZSetPathRequestSchema>;
