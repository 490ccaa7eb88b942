// zod schemas for assessment rubric templates (content/rubric/*.json). Two kinds:
//   - "levels": items scored 0..4 against five written anchors, grouped by design lever and
//     contextual condition; a group's score (0..100) falls into one of five named bands.
//   - "ml_test_score": Google's ML Test Score (Breck et al., 2017): 4 sections x 7 tests, each
//     scored 0, 0.5 or 1; the final score is the lowest section total, read against six bands.
// Shape rules live here; references to other content (nodes, chapters, headings) and the band
// arithmetic are checked in server/content/rubric.ts. Scoring itself belongs to the assess domain.
import { z } from "zod";
import { CONDITION_IDS, LEVER_IDS } from "./ids";

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case");
export const snakeId = z
  .string()
  .max(80, "must be at most 80 characters")
  .regex(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/, "must be snake_case");
/** A chapter guide, named by its file: ch01 .. ch15. */
export const chapterRef = z.string().regex(/^ch(0[1-9]|1[0-5])$/, "must be a chapter from ch01 to ch15");
/** A heading anchor as github-slugger (and so rehype-slug) writes it. */
const sectionAnchor = z.string().min(1).max(120).regex(/^[a-z0-9][a-z0-9-]*$/, "must be a heading anchor slug");
const planStep = z.number().int().min(1, "must be a plan step from 1 to 10").max(10, "must be a plan step from 1 to 10");
const sentence = (min: number, max: number) => z.string().trim().min(min, `must be at least ${min} characters`).max(max, `must be at most ${max} characters`);

export const RUBRIC_LEVELS = [0, 1, 2, 3, 4] as const;
export type RubricLevel = (typeof RUBRIC_LEVELS)[number];

export const ML_TEST_SCORE_SECTION_IDS = ["data", "model", "infrastructure", "monitoring"] as const;
export type MlTestScoreSectionId = (typeof ML_TEST_SCORE_SECTION_IDS)[number];
export const ML_TEST_SCORE_VALUES = [0, 0.5, 1] as const;
export type MlTestScoreValue = (typeof ML_TEST_SCORE_VALUES)[number];

// ---- kind "levels" ----

export const ZRubricItemSchema = z.object({
  /** Stable forever: answers of past rounds refer to it. */
  id: snakeId,
  /** A concrete practice someone can check in the team's tools. */
  text: sentence(20, 300),
  /** The plan step whose design-document section is the natural evidence for this item. */
  planStep,
  chapter: chapterRef,
  section: sectionAnchor,
  /** Anchors for levels 0, 1, 2, 3 and 4, in that order. */
  levels: z.array(sentence(10, 300)).length(5, "needs exactly 5 level anchors (levels 0 to 4)"),
});
export type RubricItem = z.infer<typeof ZRubricItemSchema>;

export const ZRubricGroupSchema = z.object({
  nodeId: z.enum([...LEVER_IDS, ...CONDITION_IDS], "is not a design lever or contextual condition id"),
  kind: z.enum(["lever", "condition"]),
  /** Levers: a higher score is better. Conditions are scored as risk: a higher score is worse. */
  direction: z.enum(["higher_is_better", "higher_is_worse"]),
  items: z.array(ZRubricItemSchema).min(3, "needs 3 to 5 items").max(5, "needs 3 to 5 items"),
});
export type RubricGroup = z.infer<typeof ZRubricGroupSchema>;

/**
 * A band of group scores 0..100. A score s is in the band with min <= s < max; the last band
 * also holds 100. Bands are listed low to high, the first starts at 0, each starts where the
 * previous one ends, the last ends at 100 (checked in rubric.ts).
 */
export const ZLevelsBandSchema = z.object({
  id: snakeId,
  name: sentence(3, 60),
  min: z.number().min(0).max(100),
  max: z.number().min(0).max(100),
  description: sentence(20, 400),
});
export type LevelsBand = z.infer<typeof ZLevelsBandSchema>;

export const ZLevelsTemplateSchema = z.object({
  id: kebab,
  version: z.number().int().min(1).max(1_000_000),
  title: sentence(3, 120),
  description: sentence(20, 1000),
  kind: z.literal("levels"),
  /** Short names for levels 0..4 of lever items (each item's own anchors say what a level means for it). */
  levelNames: z.array(sentence(2, 40)).length(5, "needs exactly 5 level names (levels 0 to 4)"),
  /** Short names for levels 0..4 of condition items, which are scored as risk (4 is the worst). */
  riskLevelNames: z.array(sentence(2, 40)).length(5, "needs exactly 5 risk level names (levels 0 to 4)"),
  /** Bands for groups scored higher_is_better (levers). */
  bands: z.array(ZLevelsBandSchema).length(5, "needs exactly 5 bands"),
  /** Bands for groups scored higher_is_worse (conditions): named by risk, not maturity. */
  riskBands: z.array(ZLevelsBandSchema).length(5, "needs exactly 5 risk bands"),
  groups: z.array(ZRubricGroupSchema).min(1).max(11),
});
export type LevelsTemplate = z.infer<typeof ZLevelsTemplateSchema>;

// ---- kind "ml_test_score" ----

export const ZMlTestSchema = z.object({
  id: snakeId,
  text: sentence(20, 400),
  /** The design lever this test is evidence for, so the dashboard can use it. */
  leverId: z.enum(LEVER_IDS, "is not a design lever id"),
  chapter: chapterRef,
  section: sectionAnchor,
});
export type MlTest = z.infer<typeof ZMlTestSchema>;

export const ZMlTestSectionSchema = z.object({
  id: z.enum(ML_TEST_SCORE_SECTION_IDS, "must be data, model, infrastructure or monitoring"),
  name: sentence(3, 60),
  description: sentence(20, 400),
  tests: z.array(ZMlTestSchema).length(7, "needs exactly 7 tests"),
});
export type MlTestSection = z.infer<typeof ZMlTestSectionSchema>;

/** What each allowed value of a test means; exactly 0, 0.5 and 1, in that order. */
export const ZMlTestScoreValueSchema = z.object({
  value: z.union([z.literal(0), z.literal(0.5), z.literal(1)]),
  name: sentence(3, 60),
  description: sentence(10, 300),
});

/**
 * A band of the final score (the lowest section total, 0..7). A score s is in the band when
 * (over === null || s > over) && (atMost === null || s <= atMost); this reproduces the paper's
 * ranges 0, (0,1], (1,2], (2,3], (3,5], >5. Contiguity is checked in rubric.ts.
 */
export const ZMlTestScoreBandSchema = z.object({
  id: snakeId,
  name: sentence(3, 60),
  over: z.number().min(0).max(7).nullable(),
  atMost: z.number().min(0).max(7).nullable(),
  description: sentence(20, 400),
});
export type MlTestScoreBand = z.infer<typeof ZMlTestScoreBandSchema>;

export const ZMlTestScoreTemplateSchema = z.object({
  id: kebab,
  version: z.number().int().min(1).max(1_000_000),
  title: sentence(3, 120),
  description: sentence(20, 1000),
  kind: z.literal("ml_test_score"),
  scores: z.array(ZMlTestScoreValueSchema).length(3, "needs exactly the values 0, 0.5 and 1"),
  sections: z.array(ZMlTestSectionSchema).length(4, "needs exactly 4 sections"),
  bands: z.array(ZMlTestScoreBandSchema).length(6, "needs exactly 6 bands"),
});
export type MlTestScoreTemplate = z.infer<typeof ZMlTestScoreTemplateSchema>;

// ---- either ----

export const ZRubricTemplateSchema = z.discriminatedUnion("kind", [ZLevelsTemplateSchema, ZMlTestScoreTemplateSchema]);
export type RubricTemplate = z.infer<typeof ZRubricTemplateSchema>;
export type RubricKind = RubricTemplate["kind"];
