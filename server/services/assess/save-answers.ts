import "server-only";
// A respondent saves answers (a draft) and may submit. Answers can change until the round closes.
// One INSERT … ON CONFLICT per save: concurrent saves by many members each store every answer once,
// and the round row is share-locked so a save and a close cannot interleave.
import { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/connection";
import { checkAnswers, listQuestions, missingItems } from "../../domain/assess";
import { AppError, refuseWith } from "../../errors/app-error";
import type { MemberActor } from "../actor";
import { loadRubric, type RoundRef } from "./round-ref";

export interface AnswerInput {
  itemId: string;
  /** 0..4 (0..2 for an ML test), or null with dontKnow. */
  level: number | null;
  dontKnow: boolean;
  note: string;
  evidenceStep: number | null;
  evidenceUrl: string | null;
}

export interface SaveAnswersInput {
  round: RoundRef;
  answers: AnswerInput[];
  submit: boolean;
}

export const ROUND_CLOSED_MESSAGE = "This round is closed; its answers are frozen.";

export async function saveAnswers(db: Db, actor: MemberActor, input: SaveAnswersInput) {
  const { round } = input;
  for (const a of input.answers) {
    if (a.dontKnow === (a.level !== null)) throw new AppError("BAD_REQUEST", `answers: "${a.itemId}" needs either a level or "don't know"`);
  }
  const questions = listQuestions(await loadRubric(db, round.rubricVersionId));
  refuseWith("BAD_REQUEST", checkAnswers(questions, input.answers));
  const userId = actor.user.id;

  return db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ status: string }[]>`SELECT status FROM "AssessmentRound" WHERE id = ${round.id} FOR SHARE`;
    if (locked?.status !== "OPEN") throw new AppError("PRECONDITION_FAILED", ROUND_CLOSED_MESSAGE);
    const participant = await tx.roundParticipant.findUnique({ where: { roundId_userId: { roundId: round.id, userId } }, select: { status: true } });
    if (!participant) throw new AppError("FORBIDDEN", "You were not asked to answer this round.");

    if (input.answers.length > 0) {
      const rows = input.answers.map(
        (a) => Prisma.sql`(${round.id}, ${userId}, ${a.itemId}, ${a.level}::int, ${a.dontKnow}, ${a.note}, ${a.evidenceStep}::int, ${a.evidenceUrl}::text, now())`,
      );
      await tx.$executeRaw`
        INSERT INTO "RoundAnswer" ("roundId", "userId", "itemId", "level", "dontKnow", "note", "evidenceStep", "evidenceUrl", "updatedAt")
        VALUES ${Prisma.join(rows)}
        ON CONFLICT ("roundId", "userId", "itemId") DO UPDATE SET
          "level" = EXCLUDED."level", "dontKnow" = EXCLUDED."dontKnow", "note" = EXCLUDED."note",
          "evidenceStep" = EXCLUDED."evidenceStep", "evidenceUrl" = EXCLUDED."evidenceUrl", "updatedAt" = EXCLUDED."updatedAt"`;
    }

    let status = participant.status;
    if (input.submit) {
      const answered = await tx.roundAnswer.findMany({ where: { roundId: round.id, userId }, select: { itemId: true } });
      const missing = missingItems(questions, answered.map((a) => a.itemId));
      if (missing.length > 0) {
        throw new AppError("BAD_REQUEST", `Answer every item before submitting (${missing.length} left); "don't know" counts as an answer.`, { missing });
      }
      await tx.roundParticipant.update({
        where: { roundId_userId: { roundId: round.id, userId } },
        data: { status: "SUBMITTED", submittedAt: new Date(), discipline: actor.membership.discipline },
      });
      status = "SUBMITTED";
    } else if (participant.status === "INVITED" && input.answers.length > 0) {
      await tx.roundParticipant.update({ where: { roundId_userId: { roundId: round.id, userId } }, data: { status: "DRAFT" } });
      status = "DRAFT";
    }
    const answeredCount = await tx.roundAnswer.count({ where: { roundId: round.id, userId } });
    return { status, answeredCount, itemCount: questions.length };
  });
}
