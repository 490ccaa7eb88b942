// Input pieces shared by the design procedures, with the limits users see.
import { z } from "zod";
import { LIMITS } from "../../../domain/design/fields";
import { SECTION_STATUSES } from "../../../domain/design/section";
import { STEP_SCHEMAS, isStepNumber, type StepNumber } from "../../../domain/design/steps";
import { zId } from "../../inputs";

export const zStep = z
  .number("must be a plan step from 1 to 10")
  .int("must be a plan step from 1 to 10")
  .refine(isStepNumber, "must be a plan step from 1 to 10")
  .transform((n) => n as StepNumber);

export const zRevision = z.number("must be a revision number").int("must be a whole number").min(0, "must be 0 or more").max(1_000_000_000, "is not a revision");

export const zNotes = z.string().max(LIMITS.notes, `must be at most ${LIMITS.notes.toLocaleString("en")} characters`);

export const zSectionContent = z.object({
  // Checked against the step's own schema below, where the step is known.
  fields: z.record(z.string().max(60, "has an unknown field"), z.unknown()),
  notes: zNotes,
  status: z.enum(SECTION_STATUSES, "must be one of not started, draft, in review or done"),
  ownerId: zId.nullable(),
  reviewerId: zId.nullable(),
});

/** Validates `content.fields` with the schema of `step`, reporting paths like `content.fields.taskType`. */
export function withStepFields<T extends { step: StepNumber; content: { fields: Record<string, unknown> } }>(value: T, ctx: z.RefinementCtx) {
  const result = STEP_SCHEMAS[value.step].safeParse(value.content.fields);
  if (result.success) return;
  for (const issue of result.error.issues) {
    ctx.addIssue({ code: "custom", path: ["content", "fields", ...issue.path.map(String)], message: issue.message });
  }
}

export const zCommentBody = z
  .string()
  .trim()
  .min(1, "is required")
  .max(LIMITS.comment, `must be at most ${LIMITS.comment.toLocaleString("en")} characters`);
