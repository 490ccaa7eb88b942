// Demo design documents: card fraud nearly finished (one section due for review, open review
// comments on another), churn half written, delivery ETA just begun, search ranking blank.
import type { Db } from "../../server/db/connection";
import { CARD_FRAUD_EXAMPLE } from "../../server/domain/design/example-card-fraud";
import { CHURN_EXAMPLE } from "../../server/domain/design/example-churn";
import type { SectionFields } from "../../server/domain/design/fields";
import type { SectionStatus } from "../../server/domain/design/section";
import { STEP_NUMBERS, type StepNumber } from "../../server/domain/design/steps";
import type { ProjectStage } from "../../server/domain/project";

const DAY = 24 * 60 * 60 * 1000;

interface SeedSection {
  step: StepNumber;
  fields: SectionFields;
  notes: string;
  status: SectionStatus;
  owner: number;
  reviewer?: number;
  reviewedDaysAgo?: number;
  stageAtReview?: ProjectStage;
}

async function seedDocument(db: Db, projectId: string, users: string[], sections: SeedSection[]) {
  const now = Date.now();
  const document = await db.designDocument.create({ data: { projectId, sections: { create: STEP_NUMBERS.map((step) => ({ step })) } }, select: { id: true } });
  const ids = new Map<number, string>();
  for (const s of sections) {
    const content = { fields: s.fields, notes: s.notes, status: s.status, ownerId: users[s.owner]!, reviewerId: s.reviewer === undefined ? null : users[s.reviewer]! };
    const reviewedAt = s.reviewedDaysAgo === undefined ? null : new Date(now - s.reviewedDaysAgo * DAY);
    const row = await db.designSection.update({
      where: { documentId_step: { documentId: document.id, step: s.step } },
      data: { ...content, revision: 1, lastReviewedAt: reviewedAt, stageAtReview: s.stageAtReview ?? null, updatedAt: reviewedAt ?? new Date(now - DAY) },
      select: { id: true },
    });
    ids.set(s.step, row.id);
    await db.designRevision.create({
      data: { sectionId: row.id, revision: 1, authorId: content.ownerId, changedFields: [...Object.keys(s.fields), "notes", "status", "ownerId"], snapshot: content },
    });
  }
  return ids;
}

function fromExample(example: typeof CARD_FRAUD_EXAMPLE, step: StepNumber, rest: Omit<SeedSection, "step" | "fields" | "notes">): SeedSection {
  return { step, fields: example[step].fields, notes: example[step].notes, ...rest };
}

/** users: Maya, Theo, Priya, Sam (the order of DEMO_USERS). */
export async function seedDesign(db: Db, workspaceId: string, users: string[]) {
  const projects = await db.project.findMany({ where: { workspaceId }, select: { id: true, name: true } });
  const byName = (prefix: string) => projects.find((p) => p.name.startsWith(prefix))!.id;

  const fraud = await seedDocument(db, byName("Card fraud"), users, [
    ...([1, 2, 3, 4, 5, 6, 7] as const).map((step) => fromExample(CARD_FRAUD_EXAMPLE, step, { status: "DONE", owner: 1, reviewer: 0, reviewedDaysAgo: 20, stageAtReview: "PRODUCTION" })),
    // Reviewed while the project was still in development: due for review now that it is live.
    fromExample(CARD_FRAUD_EXAMPLE, 8, { status: "DONE", owner: 3, reviewer: 1, reviewedDaysAgo: 130, stageAtReview: "DEVELOPMENT" }),
    fromExample(CARD_FRAUD_EXAMPLE, 9, { status: "IN_REVIEW", owner: 1, reviewer: 2 }),
    fromExample(CARD_FRAUD_EXAMPLE, 10, { status: "DRAFT", owner: 0 }),
  ]);
  const thread = await db.designComment.create({
    data: { sectionId: fraud.get(9)!, authorId: users[2]!, body: "A week of shadow traffic misses month-end spikes. Can the challenger run through one month end before promotion?" },
    select: { id: true },
  });
  await db.designComment.create({ data: { sectionId: fraud.get(9)!, parentId: thread.id, authorId: users[1]!, body: "Fair point. I will check whether the shadow cluster can hold two weeks of traffic." } });
  await db.designComment.create({
    data: { sectionId: fraud.get(9)!, authorId: users[0]!, body: "Who signs off on a rollback outside office hours?", resolvedAt: new Date(), resolvedById: users[1]! },
  });

  await seedDocument(db, byName("Subscriber churn"), users, [
    fromExample(CHURN_EXAMPLE, 1, { status: "DONE", owner: 2, reviewer: 0, reviewedDaysAgo: 12, stageAtReview: "DEVELOPMENT" }),
    fromExample(CHURN_EXAMPLE, 2, { status: "DONE", owner: 2, reviewer: 1, reviewedDaysAgo: 12, stageAtReview: "DEVELOPMENT" }),
    fromExample(CHURN_EXAMPLE, 3, { status: "IN_REVIEW", owner: 3, reviewer: 1 }),
    fromExample(CHURN_EXAMPLE, 4, { status: "DRAFT", owner: 2 }),
    { step: 5, fields: { features: CHURN_EXAMPLE[5].fields.features ?? [] }, notes: "", status: "DRAFT", owner: 2 },
  ]);

  await seedDocument(db, byName("Delivery ETA"), users, [
    {
      step: 1,
      fields: { businessObjective: "Fewer 'where is my order' contacts: show arrival times customers can trust.", latencyP99: 150, availability: 99.9 },
      notes: "Open question: is the business metric support contacts, or repeat orders?",
      status: "DRAFT",
      owner: 3,
    },
  ]);
}
