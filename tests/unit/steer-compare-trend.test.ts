// Comparing two rounds and the workspace trend: hand-computed cases.
import { describe, expect, it } from "vitest";
import { compareRoundScores, directionOf, quarterPeriods, workspaceTrend } from "../../server/domain/steer";

describe("compareRoundScores", () => {
  const from = [
    { groupId: "training_data_quality", kind: "lever", score: 40 },
    { groupId: "data_distribution_shift", kind: "condition", score: 70 },
    { groupId: "model_development_rigor", kind: "lever", score: 55 },
    { groupId: "data", kind: "section", score: 3 },
  ];
  const to = [
    { groupId: "training_data_quality", kind: "lever", score: 52.5 },
    { groupId: "data_distribution_shift", kind: "condition", score: 60 },
    { groupId: "model_development_rigor", kind: "lever", score: 55.2 },
    { groupId: "responsible_ai_practices", kind: "lever", score: 30 },
  ];

  it("gives both scores and the change, a lever better when it rises and a condition when its risk falls", () => {
    const out = compareRoundScores(from, to, ["model_development_rigor", "training_data_quality", "data_distribution_shift"]);
    expect(out.map((g) => g.groupId)).toEqual(["model_development_rigor", "training_data_quality", "data_distribution_shift", "responsible_ai_practices"]);
    expect(out[1]).toEqual({ groupId: "training_data_quality", kind: "lever", from: 40, to: 52.5, change: 12.5, direction: "better" });
    expect(out[2]).toEqual({ groupId: "data_distribution_shift", kind: "condition", from: 70, to: 60, change: -10, direction: "better" });
    expect(out[0]!.direction).toBe("same");
  });

  it("leaves sections out and names a group only one round scored without a change", () => {
    const out = compareRoundScores(from, to);
    expect(out.find((g) => g.groupId === "data")).toBeUndefined();
    expect(out.find((g) => g.groupId === "responsible_ai_practices")).toMatchObject({ from: null, to: 30, change: null, direction: null });
  });

  it("reads a rising risk as worse and a falling maturity as worse", () => {
    expect(directionOf("condition", 5)).toBe("worse");
    expect(directionOf("lever", -5)).toBe("worse");
    expect(directionOf("lever", 0.4)).toBe("same");
  });
});

describe("quarterPeriods", () => {
  it("lists the quarters up to the current one, across a year boundary", () => {
    const p = quarterPeriods(new Date("2026-02-10T12:00:00Z"), 3);
    expect(p.map((x) => x.label)).toEqual(["2025 Q3", "2025 Q4", "2026 Q1"]);
    expect(p[1]!.end.toISOString()).toBe("2026-01-01T00:00:00.000Z");
    expect(p[2]!.end.toISOString()).toBe("2026-04-01T00:00:00.000Z");
  });
});

describe("workspaceTrend", () => {
  const periods = quarterPeriods(new Date("2026-08-01T00:00:00Z"), 3); // 2026 Q1, Q2, Q3
  const at = (iso: string) => new Date(`${iso}T00:00:00Z`);

  it("averages each project's latest score by the end of each quarter, carrying it forward", () => {
    const t = workspaceTrend(
      [
        { projectId: "a", groupId: "g", score: 40, closedAt: at("2025-11-01") }, // before the window: carried into Q1
        { projectId: "b", groupId: "g", score: 60, closedAt: at("2026-02-01") },
        { projectId: "a", groupId: "g", score: 70, closedAt: at("2026-05-01") },
        { projectId: "a", groupId: "g", score: 80, closedAt: at("2026-05-20") }, // latest of Q2 wins
      ],
      periods,
    );
    expect(t.g).toEqual([
      { period: "2026 Q1", mean: 50, projects: 2 },
      { period: "2026 Q2", mean: 70, projects: 2 },
      { period: "2026 Q3", mean: 70, projects: 2 },
    ]);
  });

  it("has no mean before any project scored, and a round that did not score the group drops the project", () => {
    const t = workspaceTrend(
      [
        { projectId: "a", groupId: "g", score: 30, closedAt: at("2026-04-02") },
        { projectId: "a", groupId: "g", score: null, closedAt: at("2026-07-02") },
      ],
      periods,
    );
    expect(t.g!.map((p) => [p.mean, p.projects])).toEqual([
      [null, 0],
      [30, 1],
      [null, 0],
    ]);
  });

  it("counts a score closed exactly at a quarter's end in the next quarter", () => {
    const t = workspaceTrend([{ projectId: "a", groupId: "g", score: 10, closedAt: at("2026-04-01") }], periods);
    expect(t.g!.map((p) => p.mean)).toEqual([null, 10, 10]);
  });
});
