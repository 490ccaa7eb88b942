import { describe, expect, it } from "vitest";
import { LIMITS } from "../../server/domain/design/fields";
import { DESIGN_EXAMPLES } from "../../server/domain/design/examples";
import { sectionCompleteness } from "../../server/domain/design/section";
import { STEP_FIELDS, STEP_NUMBERS, STEP_SCHEMAS } from "../../server/domain/design/steps";

function issues(step: (typeof STEP_NUMBERS)[number], value: unknown) {
  const r = STEP_SCHEMAS[step].safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("design step schemas", () => {
  it.each(STEP_NUMBERS)("step %i accepts the card fraud example and an empty draft", (step) => {
    expect(issues(step, DESIGN_EXAMPLES.card_fraud[step].fields)).toEqual([]);
    expect(issues(step, DESIGN_EXAMPLES.churn[step].fields)).toEqual([]);
    expect(issues(step, {})).toEqual([]);
  });

  it.each(STEP_NUMBERS)("step %i has required fields, unique keys and at least one table, enum or number", (step) => {
    const fields = STEP_FIELDS[step];
    expect(fields.some((f) => f.required)).toBe(true);
    expect(new Set(fields.map((f) => f.key)).size).toBe(fields.length);
    expect(fields.some((f) => f.kind === "table" || f.kind === "enum" || f.kind === "number")).toBe(true);
  });

  it("refuses unknown enum values, naming the field and the allowed values", () => {
    expect(issues(2, { taskType: "astrology" })).toEqual([expect.stringMatching(/^taskType: must be one of Binary classification/)]);
  });

  it("refuses numbers out of range with their unit, and text where a number belongs", () => {
    expect(issues(1, { availability: 101 })).toEqual(["availability: must be at most 100 %"]);
    expect(issues(1, { latencyP99: -1 })).toEqual(["latencyP99: must be at least 0 ms"]);
    expect(issues(1, { latencyP99: "fast" })).toEqual(["latencyP99: must be a number"]);
  });

  it("refuses too-long text, too many rows, unknown columns and unknown fields", () => {
    expect(issues(1, { businessObjective: "x".repeat(LIMITS.longText + 1) })).toEqual(["businessObjective: must be at most 4,000 characters"]);
    const rows = Array.from({ length: LIMITS.rows + 1 }, () => ({ name: "f", type: "numeric" }));
    expect(issues(5, { features: rows })).toEqual([`features: must have at most ${LIMITS.rows} rows`]);
    expect(issues(5, { features: [{ name: "f", colour: "red" }] })).toEqual(["features.0: has unknown fields: colour"]);
    expect(issues(5, { favouriteColour: "red" })).toEqual([": has unknown fields: favouriteColour"]);
    expect(issues(3, { sources: [{ name: "s", kind: "carrier_pigeon" }] })[0]).toMatch(/^sources\.0\.kind: must be one of/);
  });
});

describe("section completeness", () => {
  it("is 0% for an empty section and 100% for the card fraud example", () => {
    for (const step of STEP_NUMBERS) {
      expect(sectionCompleteness(step, {}).percent).toBe(0);
      expect(sectionCompleteness(step, DESIGN_EXAMPLES.card_fraud[step].fields)).toMatchObject({ percent: 100, missing: [] });
    }
  });

  it("counts required fields only, and names the ones missing", () => {
    const c = sectionCompleteness(1, { businessObjective: "Grow revenue", whyMl: "Rules fail", peakThroughput: 10 });
    expect(c.filled).toBe(1);
    expect(c.total).toBe(STEP_FIELDS[1].filter((f) => f.required).length);
    expect(c.missing).toContain("Hypothesis linking the ML metric to the business metric");
    expect(c.missing).not.toContain("Business objective");
  });

  it("treats blank text as unanswered and zero as an answer", () => {
    expect(sectionCompleteness(7, { trainServeParity: "   ", latencyBudget: 0 }).filled).toBe(1);
  });

  it("counts a table only when a row has every required column filled", () => {
    expect(sectionCompleteness(5, { features: [{ name: "f", type: "" }] }).missing).toContain("Features");
    expect(sectionCompleteness(5, { features: [{ name: "f", type: "numeric" }] }).missing).not.toContain("Features");
  });
});
