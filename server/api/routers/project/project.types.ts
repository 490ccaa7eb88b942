// Request schemas of the project procedures, with the limits and messages users see.
import { z } from "zod";
import { zDescription, zId, zProjectName, zStage, zVersion } from "../../inputs";

export const ZListProjectsRequestSchema = z.object({ archived: z.boolean().default(false) });

export const ZCreateProjectRequestSchema = z.object({
  name: zProjectName,
  description: zDescription.default(""),
  stage: zStage.default("IDEA"),
  ownerId: zId.optional(),
});
export type TCreateProjectRequest = z.infer<typeof ZCreateProjectRequestSchema>;

export const ZUpdateProjectRequestSchema = z.object({
  version: zVersion,
  name: zProjectName.optional(),
  description: zDescription.optional(),
  stage: zStage.optional(),
  ownerId: zId.optional(),
});
export type TUpdateProjectRequest = z.infer<typeof ZUpdateProjectRequestSchema>;

export const ZListRecentProjectsRequestSchema = z.object({
  limit: z.number().int("must be a whole number").min(1, "must be at least 1").max(10, "must be at most 10").default(3),
});
