// Input pieces shared by the assess procedures.
import { z } from "zod";
import { zId } from "../../inputs";

export const zItemId = z.string().trim().min(1, "is required").max(80, "must be at most 80 characters");
export const zRoundTitle = z.string().trim().min(2, "must be at least 2 characters").max(120, "must be at most 120 characters");
export const zNote = z.string().trim().max(2000, "must be at most 2,000 characters");
export const zReason = z.string().trim().min(3, "must be at least 3 characters").max(500, "must be at most 500 characters");
export const zUrl = z
  .string()
  .trim()
  .max(500, "must be at most 500 characters")
  .pipe(z.url({ protocol: /^https?$/, message: "must be a web address starting with http:// or https://" }));
export const zPlanStep = z.number().int("must be a whole number").min(1, "must be a plan step from 1 to 10").max(10, "must be a plan step from 1 to 10");
export const zDate = z.date("must be a date");
export const zUserIds = z.array(zId).max(500, "must list at most 500 people");
