import "server-only";
// Two closed rounds of one project side by side, lever by lever, from the group scores stored when
// each round closed (never answers, so an anonymous round gives nothing away).
import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/connection";
import { getCausalModel } from "../../content/causal-model";
import { compareRoundScores } from "../../domain/steer";
import { AppError } from "../../errors/app-error";
import type { MemberActor } from "../actor";
import { closeOverdueRounds } from "../assess/close-overdue-rounds";

const comparedRoundSelect = {
  id: true,
  title: true,
  closedAt: true,
  anonymous: true,
  aggregate: { select: { respondentCount: true } },
  groupScores: { select: { groupId: true, kind: true, score: true } },
} satisfies Prisma.AssessmentRoundSelect;

const notComparable = (which: "first" | "second") =>
  new AppError("NOT_FOUND", `The ${which} round is not a closed round of this project with lever scores.`);

export async function compareRounds(db: Db, _actor: MemberActor, input: { projectId: string; fromRoundId: string; toRoundId: string }) {
  if (input.fromRoundId === input.toRoundId) throw new AppError("BAD_REQUEST", "Pick two different rounds to compare.");
  await closeOverdueRounds(db, { projectId: input.projectId });
  const found = await db.assessmentRound.findMany({
    where: { id: { in: [input.fromRoundId, input.toRoundId] }, projectId: input.projectId, status: "CLOSED" },
    select: comparedRoundSelect,
  });
  const pick = (id: string, which: "first" | "second") => {
    const r = found.find((x) => x.id === id);
    if (!r || !r.closedAt || !r.groupScores.some((g) => g.kind === "lever" || g.kind === "condition")) throw notComparable(which);
    return r;
  };
  const from = pick(input.fromRoundId, "first");
  const to = pick(input.toRoundId, "second");
  const order = getCausalModel().nodes.map((n) => n.id);
  const summary = (r: typeof from) => ({ id: r.id, title: r.title, closedAt: r.closedAt!, anonymous: r.anonymous, respondentCount: r.aggregate?.respondentCount ?? 0 });
  return { from: summary(from), to: summary(to), groups: compareRoundScores(from.groupScores, to.groupScores, order) };
}

export type RoundComparison = Awaited<ReturnType<typeof compareRounds>>;
