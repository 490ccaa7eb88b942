// The rubric a round is scored against, in the frozen form every round stores (a RubricVersion's
// content). Structurally the same as the authored templates (server/content/rubric-schema.ts), so a
// template is copied as is; items may additionally be retired by a workspace edit.

/** A band of lever scores 0-100: a score s is in it when min <= s < max (the last band also holds 100). */
export interface RubricBand {
  id: string;
  name: string;
  min: number;
  max: number;
  description: string;
}

/**
 * A band of the ML Test Score's final score, as the paper states them (0, (0,1], (1,2], (2,3], (3,5], >5):
 * s is in it when (over === null || s > over) && (atMost === null || s <= atMost).
 */
export interface MlBand {
  id: string;
  name: string;
  over: number | null;
  atMost: number | null;
  description: string;
}

export type GroupKind = "lever" | "condition";
export type Direction = "higher_is_better" | "higher_is_worse";

export interface LevelItem {
  id: string;
  text: string;
  planStep: number;
  chapter: string;
  section?: string;
  /** Five anchors, for levels 0 to 4. */
  levels: string[];
  retired?: boolean;
}

export interface LevelGroup {
  nodeId: string;
  kind: GroupKind;
  direction: Direction;
  items: LevelItem[];
}

export interface MlTest {
  id: string;
  text: string;
  leverId: string;
  chapter: string;
  section?: string;
  retired?: boolean;
}

export interface MlSection {
  id: string;
  name: string;
  tests: MlTest[];
}

interface RubricBase {
  /** The template it comes from. */
  id: string;
  name: string;
  description?: string;
}

export interface LevelsRubric extends RubricBase {
  kind: "levels";
  /** Short names of levels 0..4 shared by every item. */
  levelNames?: string[];
  /** Names of levels 0..4 for a condition, which is scored as risk. Absent in versions stored before they were carried. */
  riskLevelNames?: string[];
  bands: RubricBand[];
  /** Bands of a condition's risk score. Absent in versions stored before they were carried. */
  riskBands?: RubricBand[];
  groups: LevelGroup[];
}

export interface MlTestScoreRubric extends RubricBase {
  kind: "ml_test_score";
  /** Names of the values 0, ½ and 1. */
  valueNames?: string[];
  bands: MlBand[];
  sections: MlSection[];
}

export type Rubric = LevelsRubric | MlTestScoreRubric;

/** One answerable question of a rubric, whichever its kind. */
export interface RubricQuestion {
  id: string;
  text: string;
  /** The lever or condition (levels) or the section (ML Test Score) it belongs to. */
  groupId: string;
  /** Highest level a respondent can pick: 4 for anchored levels, 2 for an ML test (0, ½, 1). */
  maxLevel: number;
  /** Labels of the levels 0..maxLevel. */
  levels: string[];
  planStep: number | null;
  chapter: string;
  section?: string;
}

/** The three answers an ML Test Score test accepts, stored as levels 0..2 (value = level / 2). */
export const ML_TEST_LEVELS = ["Not done", "Done by hand, written up and shared", "Automated and repeated"] as const;

/** The active (not retired) questions of a rubric, in rubric order. */
export function listQuestions(rubric: Rubric): RubricQuestion[] {
  if (rubric.kind === "levels") {
    return rubric.groups.flatMap((g) =>
      g.items
        .filter((i) => !i.retired)
        .map((i) => ({
          id: i.id,
          text: i.text,
          groupId: g.nodeId,
          maxLevel: 4,
          levels: i.levels,
          planStep: i.planStep,
          chapter: i.chapter,
          section: i.section,
        })),
    );
  }
  return rubric.sections.flatMap((s) =>
    s.tests
      .filter((t) => !t.retired)
      .map((t) => ({
        id: t.id,
        text: t.text,
        groupId: s.id,
        maxLevel: 2,
        levels: rubric.valueNames?.length === 3 ? rubric.valueNames : [...ML_TEST_LEVELS],
        planStep: null,
        chapter: t.chapter,
        section: t.section,
      })),
  );
}

/** The band an ML Test Score final score falls in. */
export function mlBandFor(bands: MlBand[], score: number): MlBand | null {
  return bands.find((b) => (b.over === null || score > b.over) && (b.atMost === null || score <= b.atMost)) ?? null;
}

/**
 * The bands that name a group's score: a lever's maturity bands, or a condition's risk bands (never
 * maturity words for a risk). Empty for the ML Test Score, whose bands apply to its final score only.
 */
export function bandsOf(rubric: Rubric, direction: Direction): RubricBand[] {
  if (rubric.kind !== "levels") return [];
  return direction === "higher_is_worse" ? (rubric.riskBands ?? []) : rubric.bands;
}

/** Level names shown beside a group's anchors: risk words for a condition. */
export function levelNamesOf(rubric: Rubric, direction: Direction): string[] | null {
  if (rubric.kind !== "levels") return null;
  return (direction === "higher_is_worse" ? rubric.riskLevelNames : rubric.levelNames) ?? null;
}

/** The named band a lever score falls in: the last band (by lower bound) whose lower bound it reaches. */
export function bandFor(bands: RubricBand[], score: number): RubricBand | null {
  let found: RubricBand | null = null;
  for (const band of [...bands].sort((a, b) => a.min - b.min)) {
    if (score >= band.min) found = band;
  }
  return found;
}
