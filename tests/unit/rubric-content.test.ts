// The shipped rubric templates as the build sees them, and the checker's answer to each kind of mistake.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CONDITION_IDS, LEVER_IDS } from "../../server/content/ids";
import { CONTENT_DIR, ContentError } from "../../server/content/load";
import { checkRubricTemplate, getRubricTemplate, loadRubricTemplates, readRubricRefs, readRubricTemplates } from "../../server/content/rubric";
import type { LevelsTemplate, MlTestScoreTemplate } from "../../server/content/rubric-schema";

const refs = readRubricRefs();
const LEVELS_FILE = "content/rubric/causeway-maturity.json";
const MLTS_FILE = "content/rubric/ml-test-score.json";
const raw = (file: string) => JSON.parse(readFileSync(path.join(process.cwd(), file), "utf8")) as unknown;
const levels = () => structuredClone(raw(LEVELS_FILE)) as LevelsTemplate;
const mlts = () => structuredClone(raw(MLTS_FILE)) as MlTestScoreTemplate;

/** Problems for a template after `edit`, as "file: …" lines. */
function problemsOf<T>(file: string, template: T, edit: (t: T) => void): string[] {
  edit(template);
  return checkRubricTemplate(file, template, refs).problems;
}

describe("the shipped rubric templates", () => {
  const templates = loadRubricTemplates();

  it("load without problems: the maturity levels template and the ML Test Score", () => {
    expect(templates.map((t) => [t.id, t.kind])).toEqual([
      ["causeway-maturity", "levels"],
      ["ml-test-score", "ml_test_score"],
    ]);
    expect(getRubricTemplate("causeway-maturity")?.kind).toBe("levels");
    expect(getRubricTemplate("no-such-rubric")).toBeNull();
  });

  it("have one group per lever and condition, each with 3 to 5 items of five anchors", () => {
    const t = getRubricTemplate("causeway-maturity") as LevelsTemplate;
    expect(t.groups.map((g) => g.nodeId).sort()).toEqual([...LEVER_IDS, ...CONDITION_IDS].sort());
    for (const g of t.groups) {
      expect(g.items.length, g.nodeId).toBeGreaterThanOrEqual(3);
      expect(g.items.length, g.nodeId).toBeLessThanOrEqual(5);
      expect(g.direction).toBe(g.kind === "condition" ? "higher_is_worse" : "higher_is_better");
      for (const item of g.items) expect(new Set(item.levels).size, item.id).toBe(5);
    }
    const ids = t.groups.flatMap((g) => g.items.map((i) => i.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("have an ML Test Score of 4 sections x 7 tests and six bands from 0 upwards", () => {
    const t = getRubricTemplate("ml-test-score") as MlTestScoreTemplate;
    expect(t.sections.map((s) => [s.id, s.tests.length])).toEqual([
      ["data", 7],
      ["model", 7],
      ["infrastructure", 7],
      ["monitoring", 7],
    ]);
    expect(t.scores.map((s) => s.value)).toEqual([0, 0.5, 1]);
    expect(t.bands.map((b) => [b.over, b.atMost])).toEqual([
      [null, 0],
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 5],
      [5, null],
    ]);
  });

  it("use every lever as evidence somewhere in the ML Test Score", () => {
    const t = getRubricTemplate("ml-test-score") as MlTestScoreTemplate;
    const used = new Set(t.sections.flatMap((s) => s.tests.map((x) => x.leverId)));
    expect([...LEVER_IDS].filter((id) => !used.has(id))).toEqual([]);
  });
});

describe("checking a levels template", () => {
  it("accepts the shipped file", () => {
    expect(checkRubricTemplate(LEVELS_FILE, levels(), refs).problems).toEqual([]);
  });

  it("refuses an unknown node id", () => {
    const p = problemsOf(LEVELS_FILE, levels(), (t) => ((t.groups[0]!.nodeId as string) = "vibes"));
    expect(p).toContain(`${LEVELS_FILE}: groups.0.nodeId: is not a design lever or contextual condition id`);
  });

  it("refuses a lever or condition without a group", () => {
    const p = problemsOf(LEVELS_FILE, levels(), (t) => {
      t.groups = t.groups.filter((g) => g.nodeId !== "responsible_ai_practices" && g.nodeId !== "degenerate_feedback_loop");
    });
    expect(p).toContain(`${LEVELS_FILE}: groups: the lever "responsible_ai_practices" has no group`);
    expect(p).toContain(`${LEVELS_FILE}: groups: the condition "degenerate_feedback_loop" has no group`);
  });

  it("refuses two groups for one node", () => {
    const p = problemsOf(LEVELS_FILE, levels(), (t) => {
      t.groups[1] = { ...t.groups[1]!, nodeId: t.groups[0]!.nodeId, items: t.groups[1]!.items };
    });
    expect(p).toContain(`${LEVELS_FILE}: groups.1.nodeId: "business_objective_alignment" has more than one group`);
  });

  it("refuses a condition scored as a lever, and a lever filed as a condition", () => {
    const condition = levels().groups.findIndex((g) => g.kind === "condition");
    const p1 = problemsOf(LEVELS_FILE, levels(), (t) => (t.groups[condition]!.direction = "higher_is_better"));
    expect(p1).toContain(`${LEVELS_FILE}: groups.${condition}.direction: a condition must be scored higher_is_worse`);
    const p2 = problemsOf(LEVELS_FILE, levels(), (t) => {
      t.groups[0]!.kind = "condition";
      t.groups[0]!.direction = "higher_is_worse";
    });
    expect(p2).toContain(`${LEVELS_FILE}: groups.0.kind: "business_objective_alignment" is a lever, not a condition`);
  });

  it("refuses a duplicate item id, even across groups", () => {
    const p = problemsOf(LEVELS_FILE, levels(), (t) => (t.groups[2]!.items[1]!.id = t.groups[0]!.items[0]!.id));
    expect(p).toContain(`${LEVELS_FILE}: groups.2.items.1.id: duplicate item id "boa_business_metric_named"`);
  });

  it("refuses a plan step outside 1 to 10", () => {
    const p = problemsOf(LEVELS_FILE, levels(), (t) => (t.groups[0]!.items[0]!.planStep = 11));
    expect(p).toContain(`${LEVELS_FILE}: groups.0.items.0.planStep: must be a plan step from 1 to 10`);
  });

  it("refuses an unknown chapter", () => {
    const p = problemsOf(LEVELS_FILE, levels(), (t) => (t.groups[0]!.items[0]!.chapter = "ch16"));
    expect(p).toContain(`${LEVELS_FILE}: groups.0.items.0.chapter: must be a chapter from ch01 to ch15`);
    const noCh15 = { ...refs, anchors: new Map([...refs.anchors].filter(([c]) => c !== "ch15")) };
    const t = levels();
    t.groups[0]!.items[0]!.chapter = "ch15";
    expect(checkRubricTemplate(LEVELS_FILE, t, noCh15).problems).toContain(`${LEVELS_FILE}: groups.0.items.0.chapter: unknown chapter "ch15"`);
  });

  it("refuses a section anchor that is not a heading of its chapter", () => {
    const p = problemsOf(LEVELS_FILE, levels(), (t) => (t.groups[0]!.items[0]!.section = "detecting-shift"));
    expect(p).toContain(`${LEVELS_FILE}: groups.0.items.0.section: "detecting-shift" is not a heading anchor in ch02`);
  });

  it("refuses bands with a gap, an overlap, a wrong start or end", () => {
    expect(problemsOf(LEVELS_FILE, levels(), (t) => (t.bands[1]!.min = 25))).toContain(
      `${LEVELS_FILE}: bands.1: gap between "ad_hoc" (ends at 20) and "reactive" (starts at 25)`,
    );
    expect(problemsOf(LEVELS_FILE, levels(), (t) => (t.bands[2]!.min = 35))).toContain(
      `${LEVELS_FILE}: bands.2: "repeatable" (starts at 35) overlaps "reactive" (ends at 40)`,
    );
    expect(problemsOf(LEVELS_FILE, levels(), (t) => (t.bands[0]!.min = 5))).toContain(`${LEVELS_FILE}: bands.0: the first band must start at 0 (starts at 5)`);
    expect(problemsOf(LEVELS_FILE, levels(), (t) => (t.bands[4]!.max = 90))).toContain(`${LEVELS_FILE}: bands.4: the last band must end at 100 (ends at 90)`);
    expect(problemsOf(LEVELS_FILE, levels(), (t) => (t.riskBands[3]!.min = 65))).toContain(
      `${LEVELS_FILE}: riskBands.3: gap between "moderate" (ends at 60) and "high" (starts at 65)`,
    );
  });

  it("refuses wrong counts: bands, items per group, anchors per item", () => {
    expect(problemsOf(LEVELS_FILE, levels(), (t) => t.bands.pop())).toContain(`${LEVELS_FILE}: bands: needs exactly 5 bands`);
    expect(problemsOf(LEVELS_FILE, levels(), (t) => (t.groups[0]!.items = t.groups[0]!.items.slice(0, 2)))).toContain(
      `${LEVELS_FILE}: groups.0.items: needs 3 to 5 items`,
    );
    expect(problemsOf(LEVELS_FILE, levels(), (t) => t.groups[0]!.items[0]!.levels.pop())).toContain(
      `${LEVELS_FILE}: groups.0.items.0.levels: needs exactly 5 level anchors (levels 0 to 4)`,
    );
  });

  it("refuses two identical anchors in one item and a non-snake item id", () => {
    expect(problemsOf(LEVELS_FILE, levels(), (t) => (t.groups[0]!.items[0]!.levels[3] = t.groups[0]!.items[0]!.levels[2]!))).toContain(
      `${LEVELS_FILE}: groups.0.items.0.levels: two level anchors of "boa_business_metric_named" are identical`,
    );
    expect(problemsOf(LEVELS_FILE, levels(), (t) => (t.groups[0]!.items[0]!.id = "Metric-Named"))).toContain(
      `${LEVELS_FILE}: groups.0.items.0.id: must be snake_case`,
    );
  });

  it("refuses an id that does not match the file name", () => {
    expect(problemsOf(LEVELS_FILE, levels(), (t) => (t.id = "other-rubric"))).toContain(
      `${LEVELS_FILE}: id: "other-rubric" does not match the file name (expected other-rubric.json)`,
    );
  });
});

describe("checking an ML Test Score template", () => {
  it("accepts the shipped file", () => {
    expect(checkRubricTemplate(MLTS_FILE, mlts(), refs).problems).toEqual([]);
  });

  it("refuses an unknown lever id, a condition as lever, and a missing heading", () => {
    expect(problemsOf(MLTS_FILE, mlts(), (t) => ((t.sections[0]!.tests[0]!.leverId as string) = "vibes"))).toContain(
      `${MLTS_FILE}: sections.0.tests.0.leverId: is not a design lever id`,
    );
    expect(problemsOf(MLTS_FILE, mlts(), (t) => ((t.sections[0]!.tests[0]!.leverId as string) = "data_distribution_shift"))).toContain(
      `${MLTS_FILE}: sections.0.tests.0.leverId: is not a design lever id`,
    );
    expect(problemsOf(MLTS_FILE, mlts(), (t) => (t.sections[1]!.tests[2]!.section = "no-such-heading"))).toContain(
      `${MLTS_FILE}: sections.1.tests.2.section: "no-such-heading" is not a heading anchor in ch07`,
    );
  });

  it("refuses wrong counts and a section out of place", () => {
    expect(problemsOf(MLTS_FILE, mlts(), (t) => t.sections[2]!.tests.pop())).toContain(`${MLTS_FILE}: sections.2.tests: needs exactly 7 tests`);
    expect(problemsOf(MLTS_FILE, mlts(), (t) => t.sections.pop())).toContain(`${MLTS_FILE}: sections: needs exactly 4 sections`);
    expect(problemsOf(MLTS_FILE, mlts(), (t) => t.bands.pop())).toContain(`${MLTS_FILE}: bands: needs exactly 6 bands`);
    expect(problemsOf(MLTS_FILE, mlts(), (t) => t.sections.reverse())).toContain(
      `${MLTS_FILE}: sections: must be data, model, infrastructure, monitoring in that order (found monitoring, infrastructure, model, data)`,
    );
  });

  it("refuses a duplicate test id and a score scale other than 0, 0.5, 1", () => {
    expect(problemsOf(MLTS_FILE, mlts(), (t) => (t.sections[3]!.tests[6]!.id = t.sections[0]!.tests[0]!.id))).toContain(
      `${MLTS_FILE}: sections.3.tests.6.id: duplicate test id "mlts_data_schema_checked"`,
    );
    expect(problemsOf(MLTS_FILE, mlts(), (t) => t.scores.reverse())).toContain(
      `${MLTS_FILE}: scores: must list the values 0, 0.5 and 1 in that order (lists 1, 0.5, 0)`,
    );
  });

  it("refuses bands with a gap, an overlap or an open end in the middle", () => {
    expect(problemsOf(MLTS_FILE, mlts(), (t) => (t.bands[3]!.over = 2.5))).toContain(
      `${MLTS_FILE}: bands.3: gap between "first_production_pass" (up to 2) and "reasonably_tested" (over 2.5)`,
    );
    expect(problemsOf(MLTS_FILE, mlts(), (t) => (t.bands[4]!.over = 2))).toContain(
      `${MLTS_FILE}: bands.4: "strongly_automated" (over 2) overlaps "reasonably_tested" (up to 3)`,
    );
    expect(problemsOf(MLTS_FILE, mlts(), (t) => (t.bands[2]!.atMost = null))).toContain(`${MLTS_FILE}: bands.2: only the last band may have no upper limit`);
    expect(problemsOf(MLTS_FILE, mlts(), (t) => (t.bands[0]!.over = 0))).toContain(`${MLTS_FILE}: bands.0: the first band must have no lower limit (over: null)`);
  });
});

describe("reading content/rubric from disk", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "rubric-content-"));
  for (const sub of ["chapters", "model", "rubric"]) cpSync(path.join(CONTENT_DIR, sub), path.join(dir, sub), { recursive: true });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("lists every problem of every file as file: problem lines", () => {
    const broken = levels();
    broken.groups[0]!.items[0]!.planStep = 0;
    broken.groups[3]!.items[0]!.section = "nowhere";
    writeFileSync(path.join(dir, "rubric", "causeway-maturity.json"), JSON.stringify(broken));
    writeFileSync(path.join(dir, "rubric", "ml-test-score.json"), "{ not json");
    let error: unknown;
    try {
      readRubricTemplates(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    const problems = (error as ContentError).problems;
    expect(problems.some((p) => /causeway-maturity\.json: groups\.0\.items\.0\.planStep: must be a plan step from 1 to 10$/.test(p))).toBe(true);
    expect(problems.some((p) => /ml-test-score\.json: .*JSON/.test(p))).toBe(true);
  });

  it("refuses a content folder without the shipped templates", () => {
    rmSync(path.join(dir, "rubric", "causeway-maturity.json"));
    writeFileSync(path.join(dir, "rubric", "ml-test-score.json"), JSON.stringify(raw(MLTS_FILE)));
    expect(() => readRubricTemplates(dir)).toThrow(/the levels template "causeway-maturity" is missing/);
  });
});
