import { describe, expect, it } from "vitest";
import { callerFor } from "./support/world";
import { useSeededDemo } from "./support/seeded-demo";
import type { TestDb } from "./support/test-db";

let t: TestDb;
useSeededDemo((db) => {
  t = db;
});

describe("demo design documents", () => {
  it("hold documents at different completion, one with open comments and a review due", async () => {
    const maya = await t.db.user.findUniqueOrThrow({ where: { email: "maya@demo.causeway.dev" }, select: { id: true, email: true, name: true } });
    const as = callerFor(t.db, maya);
    const projects = await t.db.project.findMany({ where: { workspace: { slug: "northwind" } }, select: { id: true, name: true } });
    const id = (prefix: string) => projects.find((p) => p.name.startsWith(prefix))!.id;
    const fraud = await as.design.getDocument({ projectId: id("Card fraud") });
    expect(fraud.sections.find((s) => s.step === 8)!.reviewDue).toBe("stage_changed");
    expect(fraud.sections.find((s) => s.step === 9)!.openComments).toBe(1);
    expect(fraud.sections.filter((s) => s.reviewDue)).toHaveLength(1);
    const churn = await as.design.getDocument({ projectId: id("Subscriber churn") });
    expect(churn.sections.filter((s) => s.revision > 0)).toHaveLength(5);
    const search = await as.design.getDocument({ projectId: id("Search ranking") });
    expect(search.sections.every((s) => s.revision === 0)).toBe(true);
    const { markdown } = await as.design.exportMarkdown({ projectId: id("Card fraud") });
    expect(markdown).toContain("Recall at review threshold");
  });
});
