// Shared input schemas with the limits and messages users see when input is wrong.
import { z } from "zod";
import { DISCIPLINES, ROLES } from "../domain/roles";
import { PROJECT_STAGES } from "../domain/project";

export const zId = z.string().trim().min(1, "is required").max(64, "is not a valid id");
export const zEmail = z.string().trim().toLowerCase().max(254, "must be at most 254 characters").pipe(z.email("must be a valid email address"));
export const zPassword = z
  .string()
  .min(10, "must be at least 10 characters")
  .max(200, "must be at most 200 characters");
export const zPersonName = z.string().trim().min(1, "is required").max(80, "must be at most 80 characters");
export const zWorkspaceName = z.string().trim().min(2, "must be at least 2 characters").max(60, "must be at most 60 characters");
export const zProjectName = z.string().trim().min(2, "must be at least 2 characters").max(80, "must be at most 80 characters");
export const zDescription = z.string().trim().max(2000, "must be at most 2,000 characters");
export const zRole = z.enum(ROLES, "must be one of owner, admin or member");
export const zDiscipline = z.enum(DISCIPLINES, "must be one of manager, data scientist, ML engineer, data engineer or other");
export const zStage = z.enum(PROJECT_STAGES, "must be one of idea, exploration, development, production or retired");
export const MAX_INT = 2_147_483_647; // PostgreSQL integer
export const zVersion = z.number().int("must be a whole number").min(1, "must be a positive version number").max(MAX_INT, "is not a valid version number");
