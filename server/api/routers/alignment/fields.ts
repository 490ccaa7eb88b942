// Input fields shared by the alignment procedures, with the limits and messages users see.
import { z } from "zod";
import { CONFIDENCES, DIRECTIONS, MAX_CSV_BYTES, MAX_NOTE_LENGTH, parseIsoDate, SETTINGS_LIMITS } from "../../../domain/alignment";
import { zId, zVersion } from "../../inputs";

export const zValue = z
  .number("must be a number")
  .refine((n) => Number.isFinite(n), "must be a finite number")
  .refine((n) => Math.abs(n) < 1e15, "must be smaller than a thousand trillion");
export const zIsoDate = z
  .string("must be a date written YYYY-MM-DD")
  .trim()
  .max(10, "must be a date written YYYY-MM-DD")
  .refine((s) => parseIsoDate(s) !== null, "must be a date written YYYY-MM-DD");
export const zDirection = z.enum(DIRECTIONS, "must be INCREASE or DECREASE");
const zUnit = z.string().trim().max(20, "must be at most 20 characters").default("");
const zMetricName = z.string().trim().min(1, "is required").max(80, "must be at most 80 characters");

export const zObjectiveFields = z.object({
  statement: z.string().trim().min(3, "must be at least 3 characters").max(300, "must be at most 300 characters"),
  metricName: zMetricName,
  unit: zUnit,
  baseline: zValue,
  target: zValue,
  direction: zDirection,
  targetDate: zIsoDate.nullable().default(null),
  ownerId: zId.nullable().default(null),
});

export const zMlMetricFields = z.object({ name: zMetricName, unit: zUnit, baseline: zValue, target: zValue, direction: zDirection });

export const zHypothesis = z.string().trim().min(10, "must be at least 10 characters").max(300, "must be at most 300 characters");

export const zCheckInFields = z.object({
  date: zIsoDate,
  businessValue: zValue,
  mlValues: z
    .record(zId, zValue)
    .refine((r) => Object.keys(r).length <= 50, "must hold at most 50 values")
    .default({}),
  confidence: z.enum(CONFIDENCES, "must be ON_TRACK, AT_RISK or OFF_TRACK").nullable().default(null),
  note: z.string().trim().max(MAX_NOTE_LENGTH, `must be at most ${MAX_NOTE_LENGTH} characters`).default(""),
});

export const zSettingsFields = z.object({
  window: z.number().int("must be a whole number").min(SETTINGS_LIMITS.window.min, "must be at least 3 check-ins").max(SETTINGS_LIMITS.window.max, "must be at most 52 check-ins"),
  tolerance: z.number("must be a number").min(0, "must be between 0 and 1").max(1, "must be between 0 and 1"),
  staleDays: z.number().int("must be a whole number").min(SETTINGS_LIMITS.staleDays.min, "must be at least 1 day").max(SETTINGS_LIMITS.staleDays.max, "must be at most 365 days"),
});

export const zCsvText = z.string("must be the text of a CSV file").max(MAX_CSV_BYTES, "must be at most 2 MB; split the file into smaller ones");

export { zId, zVersion };
