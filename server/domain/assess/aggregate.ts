// Aggregates of a closed round, computed once at close and stored unchanged afterwards.
// "Don't know" answers are counted but never enter a score; exempt (not applicable) items are
// reported but left out of their lever's score; a discipline's figures appear only when enough of
// its members answered that nobody's answers can be read back from them.
import type { Discipline } from "../roles";
import { bandFor, bandsOf, listQuestions, type Direction, type Rubric, type RubricQuestion } from "./rubric";
import { mean, median, round, standardDeviation } from "./statistics";
import { scoreMlTest, type MlTestScoreResult } from "./ml-test-score";
import { disciplinesSingleOut } from "./anonymity";

export interface RespondentAnswers {
  discipline: Discipline;
  /** level 0..maxLevel, or null for "don't know". Items not listed were not answered. */
  answers: { itemId: string; level: number | null }[];
}

export interface ItemAggregate {
  itemId: string;
  groupId: string;
  answerCount: number;
  dontKnowCount: number;
  median: number | null;
  mean: number | null;
  /** Population standard deviation of the levels given. */
  spread: number | null;
  min: number | null;
  max: number | null;
  /** How many respondents picked each level, index = level. */
  counts: number[];
  exempt: boolean;
}

export interface GroupAggregate {
  groupId: string;
  kind: "lever" | "condition" | "section";
  direction: Direction;
  /** 0-100 in the group's own direction (for a condition, higher is more risk); null when nothing was scored. */
  score: number | null;
  bandId: string | null;
  itemsScored: number;
  answerCount: number;
  dontKnowCount: number;
}

export interface DisciplineAggregate {
  discipline: Discipline;
  respondentCount: number;
  groups: { groupId: string; score: number | null }[];
}

export interface RoundAggregateData {
  respondentCount: number;
  /** Smallest discipline group whose figures are shown. */
  minDisciplineGroup: number;
  items: ItemAggregate[];
  groups: GroupAggregate[];
  disciplines: DisciplineAggregate[];
  mlTestScore: MlTestScoreResult | null;
}

export interface AggregateInput {
  rubric: Rubric;
  respondents: RespondentAnswers[];
  /** Items marked not applicable for the project when the round closed. */
  exemptItemIds: ReadonlySet<string>;
  minDisciplineGroup: number;
}

type LevelsByItem = Map<string, { levels: number[]; dontKnow: number }>;

function collect(questions: RubricQuestion[], respondents: RespondentAnswers[]): LevelsByItem {
  const byItem: LevelsByItem = new Map(questions.map((q) => [q.id, { levels: [], dontKnow: 0 }]));
  const maxOf = new Map(questions.map((q) => [q.id, q.maxLevel]));
  for (const r of respondents) {
    for (const a of r.answers) {
      const slot = byItem.get(a.itemId);
      if (!slot) continue; // an answer to an item this rubric version does not have
      if (a.level === null) slot.dontKnow += 1;
      else if (Number.isInteger(a.level) && a.level >= 0 && a.level <= maxOf.get(a.itemId)!) slot.levels.push(a.level);
    }
  }
  return byItem;
}

/** Score 0-100 of a group: the mean of its scored items' mean levels, as a share of the top level. */
function groupScore(questions: RubricQuestion[], byItem: LevelsByItem, exempt: ReadonlySet<string>): { score: number | null; itemsScored: number } {
  const itemMeans = questions
    .filter((q) => !exempt.has(q.id))
    .flatMap((q) => {
      const m = mean(byItem.get(q.id)!.levels);
      return m === null ? [] : [m / q.maxLevel];
    });
  const m = mean(itemMeans);
  return { score: m === null ? null : round(m * 100, 1), itemsScored: itemMeans.length };
}

function groupMeta(rubric: Rubric): { groupId: string; kind: GroupAggregate["kind"]; direction: Direction }[] {
  if (rubric.kind === "levels") return rubric.groups.map((g) => ({ groupId: g.nodeId, kind: g.kind, direction: g.direction }));
  return rubric.sections.map((s) => ({ groupId: s.id, kind: "section" as const, direction: "higher_is_better" as const }));
}

export function aggregateRound(input: AggregateInput): RoundAggregateData {
  const { rubric, respondents, exemptItemIds } = input;
  const questions = listQuestions(rubric);
  const byItem = collect(questions, respondents);

  const items: ItemAggregate[] = questions.map((q) => {
    const { levels, dontKnow } = byItem.get(q.id)!;
    const m = mean(levels);
    const sd = standardDeviation(levels);
    const counts = Array.from({ length: q.maxLevel + 1 }, (_, level) => levels.filter((l) => l === level).length);
    return {
      itemId: q.id,
      groupId: q.groupId,
      answerCount: levels.length,
      dontKnowCount: dontKnow,
      median: median(levels),
      mean: m === null ? null : round(m, 2),
      spread: sd === null ? null : round(sd, 2),
      min: levels.length ? Math.min(...levels) : null,
      max: levels.length ? Math.max(...levels) : null,
      counts,
      exempt: exemptItemIds.has(q.id),
    };
  });

  const questionsOf = (groupId: string) => questions.filter((q) => q.groupId === groupId);
  const groups: GroupAggregate[] = groupMeta(rubric).map(({ groupId, kind, direction }) => {
    const qs = questionsOf(groupId);
    const { score, itemsScored } = groupScore(qs, byItem, exemptItemIds);
    const its = items.filter((i) => i.groupId === groupId && !i.exempt);
    return {
      groupId,
      kind,
      direction,
      score,
      bandId: score === null ? null : (bandFor(bandsOf(rubric, direction), score)?.id ?? null),
      itemsScored,
      answerCount: its.reduce((s, i) => s + i.answerCount, 0),
      dontKnowCount: its.reduce((s, i) => s + i.dontKnowCount, 0),
    };
  });

  const byDiscipline = new Map<Discipline, RespondentAnswers[]>();
  for (const r of respondents) byDiscipline.set(r.discipline, [...(byDiscipline.get(r.discipline) ?? []), r]);
  const shown: DisciplineAggregate[] = [...byDiscipline.entries()]
    .filter(([, rs]) => rs.length >= input.minDisciplineGroup)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([discipline, rs]) => {
      const own = collect(questions, rs);
      return {
        discipline,
        respondentCount: rs.length,
        groups: groups.map((g) => ({ groupId: g.groupId, score: groupScore(questionsOf(g.groupId), own, exemptItemIds).score })),
      };
    });

  // Nobody may be read back by subtracting the shown groups from the whole round either.
  const disciplines = disciplinesSingleOut(respondents.length, shown, input.minDisciplineGroup) ? [] : shown;

  return {
    respondentCount: respondents.length,
    minDisciplineGroup: input.minDisciplineGroup,
    items,
    groups,
    disciplines,
    mlTestScore: rubric.kind === "ml_test_score" ? scoreMlTest(rubric, items) : null,
  };
}
