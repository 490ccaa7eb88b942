// Demo meetings for the fraud project: the team reviewed its Q2 and its Q3 rounds. From the first
// meeting, the drift-alert action is done (and monitoring rose in the next rounds); from the second,
// automating the retrain is overdue (continual learning has not moved), and the model card is
// still open and on time. Run after the assessment rounds are seeded.
import type { Db } from "../../server/db/connection";
import { isoDate, parseIsoDate } from "../../server/domain/alignment/dates";

const DAY = 86_400_000;
const day = (d: Date) => parseIsoDate(isoDate(d))!;

export async function seedMeetings(db: Db, workspaceId: string) {
  const userId = async (name: string) => (await db.user.findFirstOrThrow({ where: { email: { startsWith: `${name}@` }, memberships: { some: { workspaceId } } }, select: { id: true } })).id;
  const [maya, theo, priya, sam] = await Promise.all(["maya", "theo", "priya", "sam"].map(userId));
  const fraud = await db.project.findFirstOrThrow({ where: { workspaceId, name: "Card fraud detection" }, select: { id: true } });
  const round = (title: string) => db.assessmentRound.findFirstOrThrow({ where: { projectId: fraud.id, title, status: "CLOSED" }, select: { id: true, closedAt: true } });
  const q2 = await round("Q2 maturity review");
  const q3 = await round("Q3 maturity review");

  const meeting = async (r: { id: string; closedAt: Date | null }, facilitatorId: string) => {
    const startedAt = new Date(r.closedAt!.getTime() + 3 * DAY);
    const m = await db.meeting.create({
      data: { workspaceId, projectId: fraud.id, roundId: r.id, facilitatorId, startedAt, endedAt: new Date(startedAt.getTime() + 50 * 60_000), slideIndex: 4, version: 5 },
      select: { id: true, startedAt: true },
    });
    return m;
  };
  const first = await meeting(q2, maya!);
  const second = await meeting(q3, theo!);
  const base = { workspaceId, projectId: fraud.id };
  await db.meetingAction.createMany({
    data: [
      {
        ...base,
        meetingId: first.id,
        title: "Page the on-call engineer when the busiest features drift",
        leverId: "monitoring_observability_maturity",
        ownerId: theo!,
        createdById: maya!,
        dueDate: day(new Date(first.startedAt.getTime() + 30 * DAY)),
        status: "DONE",
        createdAt: first.startedAt,
        version: 2,
      },
      {
        ...base,
        meetingId: first.id,
        title: "Name the chargeback figure the decision threshold is tuned for",
        leverId: "business_objective_alignment",
        ownerId: maya!,
        createdById: maya!,
        dueDate: day(new Date(first.startedAt.getTime() + 21 * DAY)),
        status: "DROPPED",
        createdAt: first.startedAt,
        version: 2,
      },
      {
        ...base,
        meetingId: second.id,
        title: "Retrain weekly from the pipeline instead of by hand",
        leverId: "continual_learning_infrastructure",
        ownerId: priya!,
        createdById: theo!,
        dueDate: day(new Date(second.startedAt.getTime() + 45 * DAY)),
        status: "OPEN",
        lessonSlug: "continual-learning",
        createdAt: second.startedAt,
      },
      {
        ...base,
        meetingId: second.id,
        title: "Write a model card with results per card type and region",
        leverId: "responsible_ai_practices",
        ownerId: sam!,
        createdById: theo!,
        dueDate: day(new Date(Date.now() + 20 * DAY)),
        status: "OPEN",
        lessonSlug: "human-side-of-ml",
        createdAt: second.startedAt,
      },
    ],
  });
}
