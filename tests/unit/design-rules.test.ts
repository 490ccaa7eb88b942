import { describe, expect, it } from "vitest";
import { MARK_MINE, MARK_THEIRS, hasConflictMarkers, mergeSection, mergeText } from "../../server/domain/design/merge";
import { changedKeys, reviewDue, type SectionContent } from "../../server/domain/design/section";

const day = 24 * 60 * 60 * 1000;
const now = new Date("2026-11-26T12:00:00Z");
const done = (daysAgo: number, stageAtReview: string | null = "DEVELOPMENT") => ({
  status: "DONE" as const,
  lastReviewedAt: new Date(now.getTime() - daysAgo * day),
  stageAtReview,
});

describe("review due (drift)", () => {
  it("is not due for a done section reviewed recently at the current stage", () => {
    expect(reviewDue(done(10), { stage: "DEVELOPMENT" }, now)).toBeNull();
  });
  it("is due when the project changed stage since the review", () => {
    expect(reviewDue(done(1), { stage: "PRODUCTION" }, now)).toBe("stage_changed");
  });
  it("is due after the default 90 days, or after the period given", () => {
    expect(reviewDue(done(89), { stage: "DEVELOPMENT" }, now)).toBeNull();
    expect(reviewDue(done(91), { stage: "DEVELOPMENT" }, now)).toBe("period_elapsed");
    expect(reviewDue(done(31), { stage: "DEVELOPMENT" }, now, 30)).toBe("period_elapsed");
  });
  it("never flags a section that is not done", () => {
    expect(reviewDue({ ...done(400), status: "DRAFT" }, { stage: "RETIRED" }, now)).toBeNull();
  });
});

describe("three-way text merge", () => {
  const base = "Intro paragraph.\n\nMiddle paragraph.\n\nClosing paragraph.";
  it("merges edits to different paragraphs cleanly, keeping both", () => {
    const mine = base.replace("Intro paragraph.", "Intro, rewritten by me.");
    const theirs = base.replace("Closing paragraph.", "Closing, rewritten by them.");
    const r = mergeText(base, mine, theirs);
    expect(r.conflicts).toBe(0);
    expect(r.text).toBe("Intro, rewritten by me.\n\nMiddle paragraph.\n\nClosing, rewritten by them.");
    expect(hasConflictMarkers(r.text)).toBe(false);
  });
  it("marks an overlap and keeps both versions of the sentence", () => {
    const r = mergeText(base, base.replace("Middle paragraph.", "My middle."), base.replace("Middle paragraph.", "Their middle."));
    expect(r.conflicts).toBe(1);
    expect(r.text).toContain(`${MARK_MINE}\nMy middle.\n=======\nTheir middle.\n${MARK_THEIRS}`);
    expect(r.text.startsWith("Intro paragraph.")).toBe(true);
  });
  it("does not mark identical edits made on both sides", () => {
    const same = base.replace("Middle", "Same");
    expect(mergeText(base, same, same)).toEqual({ text: same, conflicts: 0 });
  });
});

describe("section merge and changed keys", () => {
  const base: SectionContent = { fields: { taskType: "regression", inputs: "a\n\nb", objectiveFunction: "MSE" }, notes: "n", status: "DRAFT", ownerId: null, reviewerId: null };
  it("takes each side's changes field by field when they touch different fields", () => {
    const mine = { ...base, fields: { ...base.fields, taskType: "ranking" } };
    const theirs = { ...base, fields: { ...base.fields, objectiveFunction: "Pairwise loss" }, status: "IN_REVIEW" as const };
    const r = mergeSection(2, base, mine, theirs);
    expect(r.conflicts).toEqual([]);
    expect(r.merged.fields).toMatchObject({ taskType: "ranking", objectiveFunction: "Pairwise loss" });
    expect(r.merged.status).toBe("IN_REVIEW");
  });
  it("keeps the user's value where both changed an enum, and reports the conflict", () => {
    const r = mergeSection(2, base, { ...base, fields: { ...base.fields, taskType: "ranking" } }, { ...base, fields: { ...base.fields, taskType: "generation" } });
    expect(r.conflicts).toEqual(["taskType"]);
    expect(r.merged.fields.taskType).toBe("ranking");
  });
  it("merges long text fields line by line", () => {
    const r = mergeSection(2, base, { ...base, fields: { ...base.fields, inputs: "A\n\nb" } }, { ...base, fields: { ...base.fields, inputs: "a\n\nB" } });
    expect(r).toMatchObject({ conflicts: [], merged: { fields: { inputs: "A\n\nB" } } });
  });
  it("lists the keys a save changed", () => {
    expect(changedKeys(base, { ...base, fields: { ...base.fields, taskType: "ranking", newKey: [] }, notes: "m" })).toEqual(["taskType", "newKey", "notes"]);
    expect(changedKeys(base, base)).toEqual([]);
  });
});
