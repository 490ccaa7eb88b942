// The demo data tells the story the alignment pages are built to show.
import { describe, expect, it } from "vitest";
import { useSeededDemo } from "./support/seeded-demo";
import type { TestDb } from "./support/test-db";
import { callerFor } from "./support/world";

let t: TestDb;
useSeededDemo((db) => {
  t = db;
});

describe("demo alignment seed", () => {
  it("shows the fraud project's season of misalignment and its resolution, and a stale churn objective", async () => {
    const maya = await t.db.user.findUniqueOrThrow({ where: { email: "maya@demo.causeway.dev" }, select: { id: true, email: true, name: true } });
    const as = callerFor(t.db, maya);
    const workspace = await t.db.workspace.findUniqueOrThrow({ where: { slug: "northwind" } });
    const projects = await as.project.list({ workspaceId: workspace.id });
    const fraud = projects.find((p) => p.name === "Card fraud detection")!;
    const view = await as.alignment.view({ projectId: fraud.id });
    expect(view.objectives).toHaveLength(2);
    const losses = view.objectives.find((o) => o.metricName === "Chargeback losses")!;
    expect(losses.checkIns).toHaveLength(52);
    const periods = losses.assessment.metrics[0]!.periods;
    expect(periods.length).toBeGreaterThanOrEqual(1);
    // Resolved: the latest window is no longer misaligned.
    expect(losses.assessment.metrics[0]!.misalignment!.status).toBe("ON_TRACK");
    expect(losses.assessment.timeline.some((s) => s.status === "MISALIGNED")).toBe(true);
    expect(losses.assessment.status).not.toBe("MISALIGNED");
    // The payments objective moves with its ML metric all year.
    const payments = view.objectives.find((o) => o.metricName === "Good payments declined")!;
    expect(payments.assessment.metrics[0]!.periods).toEqual([]);
    expect(payments.assessment.status).toBe("ON_TRACK");

    const overview = await as.alignment.workspaceOverview({ workspaceId: workspace.id });
    const churn = overview.objectives.find((o) => o.projectName === "Subscriber churn early warning")!;
    expect(churn.status).toBe("STALE");
    expect(overview.objectives[0]!.status).toBe("STALE");
  });
});
