// Demo alignment data. The fraud project: two objectives and a year of weekly check-ins in which
// recall climbs while chargeback losses stay flat for a season (the model got better at small
// card-not-present fraud, which was never where the losses were), until a value-weighted retrain
// brings losses down. The churn project: an objective nobody has checked in on for ten weeks.
import { randomUUID } from "node:crypto";
import type { Db } from "../../server/db/connection";
import { addDays, isoDate } from "../../server/domain/alignment";

type Confidence = "ON_TRACK" | "AT_RISK" | "OFF_TRACK";
interface Week {
  business: number;
  ml: Record<string, number>;
  confidence: Confidence;
  note: string;
}

/** Small deterministic wobble, so the lines look measured rather than drawn. */
const wobble = (i: number, size: number) => size * Math.sin(i * 2.1) * Math.cos(i * 0.7);

async function writeCheckIns(db: Db, objectiveId: string, firstDate: string, weeks: Week[], actor: { id: string; name: string }) {
  const rows = weeks.map((w, i) => ({
    id: randomUUID(),
    objectiveId,
    date: new Date(`${addDays(firstDate, 7 * i)}T00:00:00.000Z`),
    businessValue: Math.round(w.business * 10) / 10,
    mlValues: Object.fromEntries(Object.entries(w.ml).map(([k, v]) => [k, Math.round(v * 100) / 100])),
    confidence: w.confidence,
    note: w.note,
  }));
  await db.checkIn.createMany({ data: rows });
  await db.checkInRevision.createMany({
    data: rows.map(({ id, ...r }) => ({ ...r, checkInId: id, action: "CREATE" as const, version: 1, actorId: actor.id, actorName: actor.name })),
  });
}

export async function seedAlignment(db: Db, workspaceId: string, users: { id: string; name: string }[]) {
  const projects = await db.project.findMany({ where: { workspaceId }, select: { id: true, name: true } });
  const fraud = projects.find((p) => p.name === "Card fraud detection");
  const churn = projects.find((p) => p.name === "Subscriber churn early warning");
  const [maya, theo, priya] = users as [{ id: string; name: string }, { id: string; name: string }, { id: string; name: string }];
  const today = isoDate(new Date());

  if (fraud) {
    const losses = await db.businessObjective.create({
      data: {
        projectId: fraud.id,
        statement: "Cut monthly chargeback losses from card fraud by a third",
        metricName: "Chargeback losses",
        unit: "k€/month",
        baseline: 240,
        target: 160,
        direction: "DECREASE",
        targetDate: new Date(`${addDays(today, 120)}T00:00:00.000Z`),
        ownerId: maya.id,
      },
    });
    const friction = await db.businessObjective.create({
      data: {
        projectId: fraud.id,
        statement: "Stop blocking good customers' payments",
        metricName: "Good payments declined",
        unit: "per 10k",
        baseline: 45,
        target: 25,
        direction: "DECREASE",
        targetDate: new Date(`${addDays(today, 200)}T00:00:00.000Z`),
        ownerId: theo.id,
      },
    });
    const recall = await db.mlMetric.create({ data: { projectId: fraud.id, name: "Recall at review threshold", unit: "%", baseline: 72, target: 88, direction: "INCREASE" } });
    const fpr = await db.mlMetric.create({ data: { projectId: fraud.id, name: "False positive rate", unit: "%", baseline: 3, target: 2, direction: "DECREASE" } });
    await db.metricMapping.createMany({
      data: [
        { objectiveId: losses.id, mlMetricId: recall.id, hypothesis: "Each extra point of recall at the review threshold should save about 5 k€ of chargebacks a month." },
        { objectiveId: friction.id, mlMetricId: fpr.id, hypothesis: "Every tenth of a point off the false positive rate lets about 2 more good payments in 10,000 through." },
      ],
    });

    const notes: Record<number, string> = {
      0: "First check-in after go-live.",
      12: "Steady: recall and losses moving together.",
      20: "Recall up again after the September retrain, but chargebacks have not moved.",
      24: "Still flat. Asked finance for the chargeback breakdown by amount.",
      27: "Found it: the recall gains are on small card-not-present payments; the losses come from a few large ones.",
      30: "Retrained with a value-weighted loss; recall dips a little by design.",
      36: "Losses finally falling.",
      51: "Best month so far.",
    };
    const weeks: Week[] = Array.from({ length: 52 }, (_, i) => {
      // 0–17 aligned; 18–30 recall climbs while losses stay flat; 31–51 losses fall with recall steady.
      const r = i < 18 ? 72 + i * 0.35 : i < 31 ? 78.3 + (i - 17) * 0.6 : 86 - Math.min(1.5, (i - 30) * 0.3);
      const l = i < 18 ? 240 - i * 1.4 : i < 31 ? 215 : 215 - (i - 30) * 2.3;
      const confidence: Confidence = i >= 22 && i < 31 ? (i >= 26 ? "OFF_TRACK" : "AT_RISK") : "ON_TRACK";
      return { business: l + wobble(i, 1.5), ml: { [recall.id]: r + wobble(i + 3, 0.25) }, confidence, note: notes[i] ?? "" };
    });
    const first = addDays(today, -7 * 52 + 3);
    await writeCheckIns(db, losses.id, first, weeks, maya);
    await writeCheckIns(
      db,
      friction.id,
      first,
      Array.from({ length: 52 }, (_, i) => ({
        business: 45 - i * 0.28 + wobble(i, 0.3),
        ml: { [fpr.id]: 3 - i * 0.014 + wobble(i + 1, 0.01) },
        confidence: "ON_TRACK" as const,
        note: i === 0 ? "Baseline week." : "",
      })),
      theo,
    );
  }

  if (churn) {
    const objective = await db.businessObjective.create({
      data: {
        projectId: churn.id,
        statement: "Keep more subscribers through the retention team's calls",
        metricName: "Monthly churn",
        unit: "%",
        baseline: 4.2,
        target: 3.5,
        direction: "DECREASE",
        targetDate: new Date(`${addDays(today, 150)}T00:00:00.000Z`),
        ownerId: priya.id,
      },
    });
    const precision = await db.mlMetric.create({ data: { projectId: churn.id, name: "Precision in the top decile", unit: "", baseline: 0.35, target: 0.5, direction: "INCREASE" } });
    await db.metricMapping.create({
      data: { objectiveId: objective.id, mlMetricId: precision.id, hypothesis: "A more precise call list means the team's calls reach people who would really have left." },
    });
    await writeCheckIns(
      db,
      objective.id,
      addDays(today, -7 * 8 - 70),
      Array.from({ length: 8 }, (_, i) => ({
        business: 4.2 - i * 0.03,
        ml: { [precision.id]: 0.35 + i * 0.012 },
        confidence: "ON_TRACK" as const,
        note: i === 7 ? "Pausing check-ins while the feature pipeline is rebuilt." : "",
      })),
      priya,
    );
  }
}
