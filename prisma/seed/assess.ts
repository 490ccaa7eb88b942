// Demo assessment rounds. The fraud project has four quarterly rounds answered by the four demo
// users, telling a story: monitoring improves every quarter, continual learning stays stuck, and the
// manager rates business-objective alignment a full level above the engineers. Its latest quarter
// also ran the ML Test Score. The churn project has one open round with two of four answers in.
// Rounds are closed with the app's own close code, so every figure comes from the real aggregation.
import type { Db } from "../../server/db/connection";
import { listQuestions, type Rubric } from "../../server/domain/assess";
import { closeRoundNow } from "../../server/services/assess/close-round-now";
import { resolveRubricVersion } from "../../server/services/assess/rubric-versions";
import { readStoredRubric } from "../../server/services/assess/templates";

const DAY = 86_400_000;

// Typical level (0-4) per lever or condition for quarters 1..4.
const FRAUD_TREND: Record<string, number[]> = {
  business_objective_alignment: [2, 2, 2, 2],
  training_data_quality: [2, 2, 3, 3],
  feature_engineering_quality: [2, 2, 2, 3],
  model_development_rigor: [3, 3, 3, 3],
  deployment_architecture_fit: [2, 3, 3, 3],
  monitoring_observability_maturity: [1, 2, 3, 4],
  continual_learning_infrastructure: [1, 1, 1, 1],
  mlops_infrastructure_quality: [2, 2, 2, 3],
  responsible_ai_practices: [1, 2, 2, 2],
  data_distribution_shift: [3, 3, 2, 2],
  degenerate_feedback_loop: [2, 2, 2, 2],
};

// Item-to-item variation within a lever that averages out, so items differ but the trend holds.
const ITEM_DELTA = [0, 1, -1, 0, 0];

type Person = "maya" | "theo" | "priya" | "sam";

function levelFor(person: Person, groupId: string, itemIndex: number, quarter: number): number | null {
  const base = FRAUD_TREND[groupId]?.[quarter] ?? 2;
  let level = base + ITEM_DELTA[itemIndex % ITEM_DELTA.length]!;
  // The disagreement: the manager sees alignment a full level higher than the engineers do.
  if (person === "maya" && groupId === "business_objective_alignment") level += 1;
  if (person === "priya" && itemIndex % 3 === 2) level -= 1;
  // Sam, the data engineer, cannot judge the responsible-AI practice in the first two quarters.
  if (person === "sam" && groupId === "responsible_ai_practices" && quarter < 2) return null;
  return Math.max(0, Math.min(4, level));
}

const NOTES: Record<string, { person: Person; note: string; evidenceStep: number }> = {
  monitoring_observability_maturity: { person: "theo", note: "Drift alerts on the twenty busiest features now page the on-call engineer.", evidenceStep: 8 },
  continual_learning_infrastructure: { person: "priya", note: "Retraining is still a quarterly notebook run by hand.", evidenceStep: 9 },
  business_objective_alignment: { person: "sam", note: "I could not say which chargeback figure the threshold was tuned for.", evidenceStep: 1 },
};

interface Who {
  id: string;
  key: Person;
  discipline: "MANAGER" | "ML_ENGINEER" | "DATA_SCIENTIST" | "DATA_ENGINEER";
}

async function createRound(
  db: Db,
  ctx: { workspaceId: string; projectId: string; openedById: string; rubricVersionId: string },
  round: { title: string; openedAt: Date; closesAt: Date; anonymous: boolean },
) {
  return db.assessmentRound.create({
    data: { ...ctx, title: round.title, anonymous: round.anonymous, closesAt: round.closesAt, createdAt: round.openedAt },
    select: { id: true },
  });
}

async function answerAs(
  db: Db,
  roundId: string,
  who: Who,
  rubric: Rubric,
  level: (groupId: string, itemIndex: number) => number | null,
  opts: { submittedAt: Date | null; withNotes: boolean },
) {
  const questions = listQuestions(rubric);
  const indexInGroup = new Map<string, number>();
  await db.roundAnswer.createMany({
    data: questions.map((q) => {
      const i = indexInGroup.get(q.groupId) ?? 0;
      indexInGroup.set(q.groupId, i + 1);
      const l = level(q.groupId, i);
      const note = opts.withNotes && i === 0 && NOTES[q.groupId]?.person === who.key ? NOTES[q.groupId]! : null;
      return { roundId, userId: who.id, itemId: q.id, level: l, dontKnow: l === null, note: note?.note ?? "", evidenceStep: note?.evidenceStep ?? null };
    }),
  });
  await db.roundParticipant.update({
    where: { roundId_userId: { roundId, userId: who.id } },
    data: opts.submittedAt ? { status: "SUBMITTED", submittedAt: opts.submittedAt, discipline: who.discipline } : { status: "DRAFT" },
  });
}

export async function seedAssess(db: Db, workspaceId: string) {
  const users = await db.membership.findMany({ where: { workspaceId }, select: { userId: true, discipline: true, user: { select: { email: true } } } });
  const person = (key: Person): Who => {
    const m = users.find((u) => u.user.email.startsWith(`${key}@`))!;
    return { id: m.userId, key, discipline: m.discipline as Who["discipline"] };
  };
  const team = (["maya", "theo", "priya", "sam"] as const).map(person);
  const fraud = await db.project.findFirstOrThrow({ where: { workspaceId, name: "Card fraud detection" }, select: { id: true } });
  const churn = await db.project.findFirstOrThrow({ where: { workspaceId, name: "Subscriber churn early warning" }, select: { id: true } });
  const version = (templateId: string) => db.$transaction((tx) => resolveRubricVersion(tx, workspaceId, { templateId }));
  const maturity = await version("causeway-maturity");
  const mlTest = await version("ml-test-score");
  const rubricOf = async (id: string) => readStoredRubric((await db.rubricVersion.findUniqueOrThrow({ where: { id }, select: { content: true } })).content);
  const maturityRubric = await rubricOf(maturity.id);
  const openedById = team[0]!.id;

  const now = Date.now();
  const quarters = ["Q1", "Q2", "Q3", "Q4"];
  for (const [q, name] of quarters.entries()) {
    const closedAt = new Date(now - (3 - q) * 91 * DAY - 5 * DAY);
    const openedAt = new Date(closedAt.getTime() - 14 * DAY);
    const round = await createRound(db, { workspaceId, projectId: fraud.id, openedById, rubricVersionId: maturity.id }, { title: `${name} maturity review`, openedAt, closesAt: closedAt, anonymous: false });
    await db.roundParticipant.createMany({ data: team.map((w) => ({ roundId: round.id, userId: w.id })) });
    for (const who of team) {
      await answerAs(db, round.id, who, maturityRubric, (g, i) => levelFor(who.key, g, i, q), { submittedAt: new Date(openedAt.getTime() + 3 * DAY), withNotes: q === 3 });
    }
    await closeRoundNow(db, round, closedAt);
  }

  // The ML Test Score in the latest quarter: data and model tests mostly automated, monitoring by hand.
  const mlRubric = await rubricOf(mlTest.id);
  const mlClosedAt = new Date(now - 5 * DAY);
  const mlRound = await createRound(db, { workspaceId, projectId: fraud.id, openedById, rubricVersionId: mlTest.id }, { title: "Q4 ML Test Score", openedAt: new Date(mlClosedAt.getTime() - 10 * DAY), closesAt: mlClosedAt, anonymous: false });
  const testers = [team[1]!, team[2]!];
  await db.roundParticipant.createMany({ data: testers.map((w) => ({ roundId: mlRound.id, userId: w.id })) });
  const mlLevel: Record<string, number[]> = { data: [2, 2, 1, 2, 1, 1, 2], model: [2, 1, 2, 1, 2, 1, 1], infrastructure: [2, 2, 2, 1, 1, 2, 2], monitoring: [1, 1, 0, 1, 2, 1, 0] };
  for (const who of testers) {
    await answerAs(db, mlRound.id, who, mlRubric, (g, i) => mlLevel[g]?.[i] ?? 1, { submittedAt: new Date(mlClosedAt.getTime() - 2 * DAY), withNotes: false });
  }
  await closeRoundNow(db, mlRound, mlClosedAt);

  // Churn: an open anonymous round; Theo and Priya have submitted, Maya saved a draft, Sam has not started.
  const churnRound = await createRound(db, { workspaceId, projectId: churn.id, openedById: team[1]!.id, rubricVersionId: maturity.id }, { title: "First maturity review", openedAt: new Date(now - 4 * DAY), closesAt: new Date(now + 10 * DAY), anonymous: true });
  await db.roundParticipant.createMany({ data: team.map((w) => ({ roundId: churnRound.id, userId: w.id })) });
  for (const who of [team[1]!, team[2]!]) {
    await answerAs(db, churnRound.id, who, maturityRubric, (g, i) => Math.max(0, (FRAUD_TREND[g]?.[0] ?? 2) - 1 + ITEM_DELTA[i % 5]!), { submittedAt: new Date(now - 2 * DAY), withNotes: false });
  }
  const mayaDraft = listQuestions(maturityRubric).slice(0, 6);
  await db.roundAnswer.createMany({ data: mayaDraft.map((q) => ({ roundId: churnRound.id, userId: team[0]!.id, itemId: q.id, level: 2 })) });
  await db.roundParticipant.update({ where: { roundId_userId: { roundId: churnRound.id, userId: team[0]!.id } }, data: { status: "DRAFT" } });
}
