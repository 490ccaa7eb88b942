// zod schemas for authored content. Cross-references between files are checked in
// server/domain/content-checks.ts once everything is loaded.
import { z } from "zod";
import { BOOK_CHAPTER_COUNT, CONDITION_IDS, LEARNING_DISCIPLINES, LEVER_IDS, NODE_IDS, PLAN_STEPS } from "./ids";

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case");
const planStep = z.number().int().refine((n) => (PLAN_STEPS as readonly number[]).includes(n), "must be a plan step from 1 to 10");

const quizOption = z.object({
  // Stable across edits and reorderings: stored attempts name options by this id.
  id: z.string().max(40, "must be at most 40 characters").regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case"),
  text: z.string().min(1).max(300),
  correct: z.boolean(),
  explanation: z.string().min(10, "needs an explanation").max(600),
});

export const quizQuestionSchema = z
  .object({
    id: z.string().regex(/^q[0-9]+$/, "must look like q1, q2 …"),
    prompt: z.string().min(10).max(500),
    kind: z.enum(["single", "multiple"]),
    options: z.array(quizOption).min(3, "needs 3 to 5 options").max(5, "needs 3 to 5 options"),
  })
  .superRefine((q, ctx) => {
    const correct = q.options.filter((o) => o.correct).length;
    if (q.kind === "single" && correct !== 1) ctx.addIssue({ code: "custom", message: `single-choice question ${q.id} must have exactly one correct option (has ${correct})` });
    const ids = q.options.map((o) => o.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: "custom", message: `question ${q.id} uses an option id twice` });
    if (q.kind === "multiple" && correct < 1) ctx.addIssue({ code: "custom", message: `multiple-choice question ${q.id} needs at least one correct option` });
  });

export const chapterFrontmatterSchema = z.object({
  number: z.number().int().min(1).max(15),
  // The book's chapter this guide covers (the guides split some of the book's 11 chapters in two).
  bookChapter: z.union([z.number().int().min(1).max(BOOK_CHAPTER_COUNT), z.literal("epilogue")], `must be a book chapter from 1 to ${BOOK_CHAPTER_COUNT} or "epilogue"`),
  slug: kebab,
  title: z.string().min(3).max(100),
  summary: z.string().min(20).max(160),
  objectives: z.array(z.string().min(10).max(200)).min(3, "needs 3 to 5 objectives").max(5, "needs 3 to 5 objectives"),
  minutes: z.number().int().min(5).max(60),
  disciplines: z.array(z.enum(LEARNING_DISCIPLINES)).min(1),
  levers: z.array(z.enum(LEVER_IDS, "is not a design lever id")).min(1),
  conditions: z.array(z.enum(CONDITION_IDS, "is not a contextual condition id")).default([]),
  steps: z.array(planStep).min(1),
  glossary: z.array(kebab).default([]),
  quiz: z.array(quizQuestionSchema).min(5, "needs at least 5 questions"),
});
export type ChapterFrontmatter = z.infer<typeof chapterFrontmatterSchema>;
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;

// One MDX file per plan step in content/plan/ (step-01.mdx … step-10.mdx): the guidance shown beside
// that step of every design document.
export const planGuideFrontmatterSchema = z.object({
  step: planStep,
  summary: z.string().min(20).max(200),
});
export type PlanGuideFrontmatter = z.infer<typeof planGuideFrontmatterSchema>;

export const glossaryFileSchema = z.array(
  z.object({
    id: kebab,
    term: z.string().min(2).max(80),
    definition: z.string().min(20).max(600),
    seeAlso: z.array(kebab).default([]),
  }),
);
export type GlossaryEntry = z.infer<typeof glossaryFileSchema>[number];

export const nodesFileSchema = z.array(
  z.object({
    id: z.enum(NODE_IDS),
    name: z.string().min(3).max(80),
    kind: z.enum(["lever", "condition", "state", "outcome"]),
    summary: z.string().min(10).max(200),
    description: z.string().min(20).max(1200),
  }),
);
export type ModelNode = z.infer<typeof nodesFileSchema>[number];

export const stepsFileSchema = z.array(
  z.object({
    n: planStep,
    title: z.string().min(3).max(80),
    summary: z.string().min(10).max(300),
    questions: z.array(z.string().min(5).max(300)).min(3).max(6),
    levers: z.array(z.enum(LEVER_IDS)).min(1).max(4),
  }),
);
export type PlanStep = z.infer<typeof stepsFileSchema>[number];

const pathEntry = z.object({ chapter: z.number().int().min(1).max(15), reason: z.string().min(10).max(160) });
export const pathsFileSchema = z.object(
  Object.fromEntries(LEARNING_DISCIPLINES.map((d) => [d, z.array(pathEntry).min(3).max(15)])) as Record<
    (typeof LEARNING_DISCIPLINES)[number],
    z.ZodArray<typeof pathEntry>
  >,
);
export type LearningPaths = z.infer<typeof pathsFileSchema>;
