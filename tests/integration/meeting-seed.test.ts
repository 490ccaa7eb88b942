// The demo seed's meetings tell the story they promise: two past meetings on the fraud project,
// one action done and one overdue, read through the real procedures as a demo user would.
import { describe, expect, it } from "vitest";
import { useSeededDemo } from "./support/seeded-demo";
import type { TestDb } from "./support/test-db";
import { callerFor } from "./support/world";

let t: TestDb;
useSeededDemo((db) => {
  t = db;
});

const as = async (name: string) => callerFor(t.db, await t.db.user.findFirstOrThrow({ where: { email: { startsWith: `${name}@` } }, select: { id: true, email: true, name: true } }));

describe("demo meetings seed", () => {
  it("has two past meetings on the fraud project with a done and an overdue action, overdue listed first", async () => {
    const fraud = await t.db.project.findFirstOrThrow({ where: { name: "Card fraud detection" }, select: { id: true } });
    expect(await t.db.meeting.count({ where: { projectId: fraud.id, endedAt: { not: null } } })).toBe(2);
    const actions = await (await as("sam")).meeting.listActions({ projectId: fraud.id });
    expect(actions.some((a) => a.status === "DONE")).toBe(true);
    expect(actions[0]).toMatchObject({ status: "OPEN", overdue: true, leverId: "continual_learning_infrastructure" });
  });

  it("shows the latest meeting's review how the done action's lever moved and the overdue one's did not", async () => {
    const latest = await t.db.meeting.findFirstOrThrow({ orderBy: { startedAt: "desc" }, select: { id: true } });
    const view = await (await as("theo")).meeting.get({ meetingId: latest.id });
    expect(view.previousMeeting).not.toBeNull();
    expect(view.movement.monitoring_observability_maturity!.movement).toBe("improved");
    expect(view.movement.continual_learning_infrastructure!.movement).toBe("unchanged");
  });

  it("puts Priya's assigned chapter on her Learn path", async () => {
    const workspace = await t.db.workspace.findUniqueOrThrow({ where: { slug: "northwind" }, select: { id: true } });
    const path = await (await as("priya")).learn.myPath({ workspaceId: workspace.id });
    expect(path.assigned).toEqual([expect.objectContaining({ slug: "continual-learning", overdue: true, projectName: "Card fraud detection" })]);
  });
});
