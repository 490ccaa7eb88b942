// Meeting mode's pure rules, on hand-made cases: overdue, sane due dates, list order, how a lever
// moved, and slide stepping.
import { describe, expect, it } from "vitest";
import { dueDateRefusal, isOverdue, leverMovement, MAX_DUE_DAYS_AHEAD, slideAnnouncement, SLIDE_COUNT, SLIDES, sortActions, stepSlide } from "../../server/domain/meeting";

const today = "2026-11-26";

describe("isOverdue", () => {
  it("is overdue from the day after the due date, and only while open", () => {
    expect(isOverdue({ status: "OPEN", dueDate: "2026-11-26" }, today)).toBe(false);
    expect(isOverdue({ status: "OPEN", dueDate: "2026-11-25" }, today)).toBe(true);
    expect(isOverdue({ status: "DONE", dueDate: "2026-01-01" }, today)).toBe(false);
    expect(isOverdue({ status: "DROPPED", dueDate: "2026-01-01" }, today)).toBe(false);
  });

  it("counts across a year end", () => {
    expect(isOverdue({ status: "OPEN", dueDate: "2026-12-31" }, "2027-01-01")).toBe(true);
  });
});

describe("dueDateRefusal", () => {
  it("takes today up to two years ahead", () => {
    expect(dueDateRefusal(today, today)).toBeNull();
    expect(dueDateRefusal("2028-11-26", today)).toBeNull();
    expect(MAX_DUE_DAYS_AHEAD).toBe(731);
  });

  it("refuses the past and beyond two years, naming the field", () => {
    expect(dueDateRefusal("2026-11-25", today)).toMatch(/^dueDate: .*today or later/);
    expect(dueDateRefusal("2028-11-28", today)).toMatch(/^dueDate: .*two years/);
  });

  it("accepts a passed due date left as it was", () => {
    expect(dueDateRefusal("2026-10-01", today, "2026-10-01")).toBeNull();
    expect(dueDateRefusal("2026-10-02", today, "2026-10-01")).toMatch(/^dueDate/);
  });
});

describe("sortActions", () => {
  it("lists open first with overdue at the top, then done, then dropped", () => {
    const a = (id: string, status: "OPEN" | "DONE" | "DROPPED", dueDate: string) => ({ id, status, dueDate, title: id });
    const sorted = sortActions([a("done", "DONE", "2026-01-01"), a("later", "OPEN", "2027-01-01"), a("dropped", "DROPPED", "2025-01-01"), a("late", "OPEN", "2026-11-01"), a("soon", "OPEN", "2026-12-01")], today);
    expect(sorted.map((x) => x.id)).toEqual(["late", "soon", "later", "done", "dropped"]);
  });
});

describe("leverMovement", () => {
  it("says a lever improved, worsened or did not move, with the change", () => {
    expect(leverMovement(40, 55)).toEqual({ before: 40, after: 55, change: 15, movement: "improved" });
    expect(leverMovement(55, 40)).toMatchObject({ change: -15, movement: "worsened" });
    expect(leverMovement(50, 51.5)).toMatchObject({ change: 1.5, movement: "unchanged" });
  });

  it("reads a condition's fall in risk as an improvement", () => {
    expect(leverMovement(70, 50, "condition").movement).toBe("improved");
  });

  it("does not know without both scores", () => {
    expect(leverMovement(null, 50)).toEqual({ before: null, after: 50, change: null, movement: "unknown" });
    expect(leverMovement(40, undefined).movement).toBe("unknown");
  });
});

describe("slides", () => {
  it("run from the business objectives to new actions, the last one for recording", () => {
    expect(SLIDES.map((s) => s.key)).toEqual(["alignment", "changes", "disagreements", "bottleneck", "previous-actions", "new-actions"]);
    expect(SLIDE_COUNT).toBe(6);
  });

  it("step within the deck, never past either end", () => {
    expect(stepSlide(0, -1)).toBe(0);
    expect(stepSlide(0, 1)).toBe(1);
    expect(stepSlide(5, 1)).toBe(5);
    expect(stepSlide(2, -1)).toBe(1);
  });

  it("announce their position and title", () => {
    expect(slideAnnouncement(2)).toBe("Slide 3 of 6: Where we disagree");
  });
});
