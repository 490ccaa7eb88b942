// Browser-safe and pure: the section editor uses these rules too.
// The ten steps of the design document, in order. Titles come from content/plan/steps.json at
// render time; this module holds what the document stores for each step.
import { sectionSchema, type FieldSpec } from "./fields";
import { STEP_1, STEP_2, STEP_3, STEP_4, STEP_5 } from "./steps-data";
import { STEP_10, STEP_6, STEP_7, STEP_8, STEP_9 } from "./steps-operations";

export const STEP_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
export type StepNumber = (typeof STEP_NUMBERS)[number];

export const STEP_FIELDS: Record<StepNumber, readonly FieldSpec[]> = {
  1: STEP_1,
  2: STEP_2,
  3: STEP_3,
  4: STEP_4,
  5: STEP_5,
  6: STEP_6,
  7: STEP_7,
  8: STEP_8,
  9: STEP_9,
  10: STEP_10,
};

/** Short names for the table of contents and the progress strip. */
export const STEP_SHORT_TITLES: Record<StepNumber, string> = {
  1: "Objectives",
  2: "Framing",
  3: "Data engineering",
  4: "Training data",
  5: "Features",
  6: "Model and evaluation",
  7: "Deployment",
  8: "Monitoring",
  9: "Continual learning",
  10: "MLOps and responsible AI",
};

export const STEP_SCHEMAS = Object.fromEntries(STEP_NUMBERS.map((n) => [n, sectionSchema(STEP_FIELDS[n])])) as Record<
  StepNumber,
  ReturnType<typeof sectionSchema>
>;

export function isStepNumber(n: number): n is StepNumber {
  return Number.isInteger(n) && n >= 1 && n <= 10;
}
