// The demo seed's assessment data tells the story it promises, computed by the real close code.
import { describe, expect, it } from "vitest";
import { useSeededDemo } from "./support/seeded-demo";
import type { TestDb } from "./support/test-db";

let t: TestDb;
useSeededDemo((db) => {
  t = db;
});

const scoresOf = async (projectName: string, groupId: string) => {
  const rows = await t.db.roundGroupScore.findMany({
    where: { groupId, round: { project: { name: projectName }, title: { contains: "maturity" } } },
    orderBy: { closedAt: "asc" },
    select: { score: true },
  });
  return rows.map((r) => r.score!);
};

describe("demo assessment seed", () => {
  it("shows monitoring improving every quarter and continual learning stuck", async () => {
    const monitoring = await scoresOf("Card fraud detection", "monitoring_observability_maturity");
    expect(monitoring).toHaveLength(4);
    for (let i = 1; i < 4; i++) expect(monitoring[i]!).toBeGreaterThan(monitoring[i - 1]!);
    const continual = await scoresOf("Card fraud detection", "continual_learning_infrastructure");
    expect(new Set(continual).size).toBe(1);
    expect(continual[0]!).toBeLessThan(40);
  });

  it("has the manager a full level (25 points) above the engineers on business-objective alignment", async () => {
    const latest = await t.db.roundAggregate.findFirstOrThrow({
      where: { round: { project: { name: "Card fraud detection" }, title: "Q4 maturity review" } },
      select: { disciplines: true },
    });
    const disciplines = latest.disciplines as { discipline: string; groups: { groupId: string; score: number }[] }[];
    const score = (d: string) => disciplines.find((x) => x.discipline === d)!.groups.find((g) => g.groupId === "business_objective_alignment")!.score;
    expect(score("MANAGER") - score("ML_ENGINEER")).toBe(25);
    expect(score("MANAGER") - score("DATA_ENGINEER")).toBe(25);
  });

  it("has an ML Test Score round and an open churn round with two of four answers in", async () => {
    const ml = await t.db.roundAggregate.findFirstOrThrow({ where: { round: { title: "Q4 ML Test Score" } }, select: { mlTestScore: true } });
    expect((ml.mlTestScore as { weakestSectionId: string }).weakestSectionId).toBe("monitoring");
    const churn = await t.db.assessmentRound.findFirstOrThrow({
      where: { project: { name: "Subscriber churn early warning" } },
      select: { status: true, anonymous: true, participants: { select: { status: true } } },
    });
    expect(churn.status).toBe("OPEN");
    expect(churn.participants).toHaveLength(4);
    expect(churn.participants.filter((p) => p.status === "SUBMITTED")).toHaveLength(2);
  });

  it("has four respondents in each of the fraud project's four quarterly rounds", async () => {
    const rounds = await t.db.assessmentRound.findMany({
      where: { project: { name: "Card fraud detection" }, title: { contains: "maturity" } },
      select: { title: true, participants: { where: { status: "SUBMITTED" }, select: { userId: true } }, aggregate: { select: { respondentCount: true } } },
      orderBy: { closesAt: "asc" },
    });
    expect(rounds.map((r) => r.title)).toEqual(["Q1 maturity review", "Q2 maturity review", "Q3 maturity review", "Q4 maturity review"]);
    for (const r of rounds) {
      expect(r.participants, r.title).toHaveLength(4);
      expect(r.aggregate?.respondentCount, r.title).toBe(4);
    }
  });
});
