import "server-only";
// The results of a closed round: the aggregates stored at close, the rubric they were computed
// against, and, in a named round only, each respondent's answers. An anonymous round's individual
// answers never leave the server, whoever asks.
import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/connection";
import { bandFor, bandsOf, levelNamesOf, canSeeOthersAnswers, canSeeResults, listQuestions, shownFigures, type Rubric, type DisciplineAggregate, type GroupAggregate, type ItemAggregate, type MlTestScoreResult } from "../../domain/assess";
import { AppError } from "../../errors/app-error";
import type { MemberActor } from "../actor";
import { rubricLabels } from "./labels";
import { loadRubric, type RoundRef } from "./round-ref";

const namedAnswerSelect = {
  itemId: true,
  level: true,
  dontKnow: true,
  note: true,
  evidenceStep: true,
  evidenceUrl: true,
  userId: true,
} satisfies Prisma.RoundAnswerSelect;

export const RESULTS_HIDDEN_MESSAGE = "Results appear when the round closes.";

export async function loadClosedRound(db: Db, round: RoundRef) {
  if (!canSeeResults(round)) throw new AppError("PRECONDITION_FAILED", RESULTS_HIDDEN_MESSAGE);
  const [aggregate, rubric] = await Promise.all([
    db.roundAggregate.findUniqueOrThrow({ where: { roundId: round.id } }),
    loadRubric(db, round.rubricVersionId),
  ]);
  return {
    rubric,
    respondentCount: aggregate.respondentCount,
    // Read-time too, so aggregates stored before these rules were applied are shown safely.
    ...shownFigures({
      anonymous: round.anonymous,
      respondentCount: aggregate.respondentCount,
      items: aggregate.items as unknown as ItemAggregate[],
      disciplines: aggregate.disciplines as unknown as DisciplineAggregate[],
    }),
    groups: (aggregate.groups as unknown as GroupAggregate[]).map((g) => ({ ...g, band: groupBand(rubric, g), levelNames: levelNamesOf(rubric, g.direction) })),
    mlTestScore: aggregate.mlTestScore as unknown as MlTestScoreResult | null,
  };
}

/** Submitted respondents of a named round with their answers; never called for an anonymous one. */
export async function loadNamedAnswers(db: Db, round: RoundRef) {
  if (!canSeeOthersAnswers(round)) return null;
  const respondents = await db.roundParticipant.findMany({
    where: { roundId: round.id, status: "SUBMITTED" },
    select: { discipline: true, user: { select: { id: true, name: true } } },
    orderBy: { user: { name: "asc" } },
  });
  const answers = await db.roundAnswer.findMany({
    where: { roundId: round.id, userId: { in: respondents.map((r) => r.user.id) } },
    select: namedAnswerSelect,
  });
  return respondents.map((r) => ({
    user: r.user,
    discipline: r.discipline,
    answers: answers.filter((a) => a.userId === r.user.id).map(({ userId: _u, ...a }) => a),
  }));
}

export async function getResults(db: Db, _actor: MemberActor, input: { round: RoundRef }) {
  const closed = await loadClosedRound(db, input.round);
  const project = await db.project.findUniqueOrThrow({ where: { id: input.round.projectId }, select: { id: true, name: true } });
  return {
    round: { ...input.round, project },
    ...closed,
    questions: listQuestions(closed.rubric),
    labels: rubricLabels(closed.rubric),
    respondents: await loadNamedAnswers(db, input.round),
  };
}

/**
 * The band that names a group's score, read from the round's own rubric version: a condition by
 * its risk bands. Derived from the stored score rather than the stored band id, which rounds closed
 * before risk bands were carried hold as a maturity band; the score and the version never change,
 * so neither does the band.
 */
function groupBand(rubric: Rubric, g: GroupAggregate) {
  const band = g.score === null ? null : bandFor(bandsOf(rubric, g.direction), g.score);
  return band && { id: band.id, name: band.name, description: band.description };
}
