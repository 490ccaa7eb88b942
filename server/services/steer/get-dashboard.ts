import "server-only";
// A project's dashboard data: the lever and condition scores of one closed round (the latest by
// default), every closed round's scores for trends, change since the round before, spread and role
// gaps, and each group's weakest rubric items. Everything comes from the aggregates stored when a
// round closed; individual answers are never read here, so an anonymous round leaks nothing.
import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/connection";
import { listQuestions, shownFigures, type DisciplineAggregate, type GroupAggregate, type ItemAggregate, type Rubric, type RubricQuestion } from "../../domain/assess";
import { AppError } from "../../errors/app-error";
import type { MemberActor } from "../actor";
import { closeOverdueRounds } from "../assess/close-overdue-rounds";
import { rubricLabels } from "../assess/labels";
import type { HistoryRound } from "../assess/list-rounds";
import { readStoredRubric } from "../assess/templates";
import { createClosedRoundCache } from "./closed-round-cache";
import { loadAlignmentStatus, loadLatestMlTestScore } from "./dashboard-extras";
import { loadScoredHistory } from "./scored-history";
import { summariseGroups } from "./summarise";

const chosenRoundSelect = {
  anonymous: true,
  aggregate: { select: { respondentCount: true, items: true, groups: true, disciplines: true } },
  rubricVersion: { select: { content: true } },
} satisfies Prisma.AssessmentRoundSelect;

const isScored = (g: HistoryRound["groups"][number]) => g.kind === "lever" || g.kind === "condition";

const closedRoundCache = createClosedRoundCache<ClosedRound | null>();

interface ClosedRound {
  respondentCount: number;
  groups: GroupAggregate[];
  items: ItemAggregate[];
  disciplines: DisciplineAggregate[];
  questions: RubricQuestion[];
  lessonHrefs: Readonly<Record<string, string>>;
}

/** A closed round's stored aggregates with its rubric's questions and lesson links (immutable, so cached). */
function loadClosedRound(db: Db, roundId: string): Promise<ClosedRound | null> {
  return closedRoundCache(roundId, async () => {
    const loaded = await db.assessmentRound.findUniqueOrThrow({ where: { id: roundId }, select: chosenRoundSelect });
    if (!loaded.aggregate) return null;
    const rubric = readStoredRubric(loaded.rubricVersion.content);
    return {
      respondentCount: loaded.aggregate.respondentCount,
      groups: loaded.aggregate.groups as unknown as GroupAggregate[],
      items: loaded.aggregate.items as unknown as ItemAggregate[],
      // the same rule as the round's results: no discipline figure that singles anyone out
      disciplines: shownFigures({
        anonymous: loaded.anonymous,
        respondentCount: loaded.aggregate.respondentCount,
        items: [],
        disciplines: loaded.aggregate.disciplines as unknown as DisciplineAggregate[],
      }).disciplines,
      questions: listQuestions(rubric),
      lessonHrefs: rubricLabels(rubric).lessonHrefs,
    };
  });
}

export const ROUND_NOT_FOUND = "That round is not a closed round of this project with lever scores.";

export async function getDashboard(db: Db, _actor: MemberActor, input: { projectId: string; roundId?: string }) {
  await closeOverdueRounds(db, { projectId: input.projectId });
  const [allRounds, alignment] = await Promise.all([loadScoredHistory(db, { projectId: input.projectId }), loadAlignmentStatus(db, input.projectId)]);
  // Rounds of the ML Test Score have sections, not levers: the causal model cannot read them; they
  // get their own panel.
  const history = allRounds.filter((r) => r.groups.some(isScored));
  const rounds = history.map(({ id, title, closedAt, anonymous }) => ({ id, title, closedAt, anonymous }));
  const trends: Record<string, (number | null)[]> = {};
  history.forEach((r, i) => {
    for (const g of r.groups.filter(isScored)) (trends[g.groupId] ??= Array.from({ length: history.length }, () => null))[i] = g.score;
  });

  const index = input.roundId ? history.findIndex((r) => r.id === input.roundId) : history.length - 1;
  if (input.roundId && index < 0) throw new AppError("NOT_FOUND", ROUND_NOT_FOUND);
  if (index < 0) return { rounds, trends, round: null, scores: {}, groups: [], mlTestScore: await loadLatestMlTestScore(db, allRounds), alignment };

  const chosen = history[index]!;
  const [aggregate, mlTestScore] = await Promise.all([loadClosedRound(db, chosen.id), loadLatestMlTestScore(db, allRounds)]);
  if (!aggregate) throw new AppError("NOT_FOUND", ROUND_NOT_FOUND);
  const before = index > 0 ? history[index - 1]! : null;
  const groups = summariseGroups({ ...aggregate, previous: new Map(before?.groups.filter(isScored).map((g) => [g.groupId, g.score]) ?? []) });
  return {
    rounds,
    trends,
    round: {
      id: chosen.id,
      title: chosen.title,
      closedAt: chosen.closedAt,
      anonymous: chosen.anonymous,
      respondentCount: aggregate.respondentCount,
      previousTitle: before?.title ?? null,
    },
    /** Assessed scores for the causal engine: lever maturity and condition risk, 0-100. */
    scores: Object.fromEntries(groups.flatMap((g) => (g.score === null ? [] : [[g.groupId, g.score]]))) as Record<string, number>,
    groups,
    /** The latest ML Test Score round's result, when the project has one. */
    mlTestScore,
    /** The project's business-objective alignment status, when it has objectives. */
    alignment,
  };
}

export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;
