// Workspace rubrics: copy a template, edit it into new versions, and rounds keep the version they used.
import { describe, expect, it } from "vitest";
import { inAWeek, MATURITY, ML_TEST_SCORE } from "./support/assess";
import { expectInputError } from "./support/input-error";
import { expectTRPCError, useTestWorld, type World } from "./support/world";

let world: World;
useTestWorld((_t, w) => {
  world = w;
});

const anchors = ["Nothing of the kind exists.", "Talked about, not done.", "Done by hand sometimes.", "Done every time, by hand.", "Automated and checked."];

describe("assess: workspace rubrics", () => {
  it("copies a template, versions every edit, and never rewrites a past round's rubric", async () => {
    const A = world.a.id;
    await expectTRPCError(world.as.bob.assess.copyRubric({ workspaceId: A, templateId: MATURITY, name: "Our rubric" }), "FORBIDDEN");
    const rubric = await world.as.alice.assess.copyRubric({ workspaceId: A, templateId: MATURITY, name: "Our rubric" });
    expect(rubric.latestVersion).toBe(1);
    const open = (title: string) =>
      world.as.alice.assess.openRound({ projectId: world.projectA.id, title, closesAt: inAWeek(), rubric: { rubricId: rubric.id }, inviteeIds: [world.users.bob.id] });
    const before = await open("Before the edit");
    const v1 = await world.as.bob.assess.getRound({ roundId: before.id });
    const [first, second] = v1.rubric.questions;

    const edited = await world.as.adam.assess.editRubric({
      workspaceId: A,
      rubricId: rubric.id,
      baseVersion: 1,
      edits: [
        { op: "retire", itemId: first!.id },
        { op: "reword", itemId: second!.id, text: "Reworded by the team for our context" },
        { op: "add", groupId: first!.groupId, text: "A practice our team added itself", levels: anchors, planStep: 8, chapter: "ch10" },
      ],
    });
    expect(edited.latestVersion).toBe(2);
    await expectTRPCError(world.as.alice.assess.editRubric({ workspaceId: A, rubricId: rubric.id, baseVersion: 1, edits: [{ op: "restore", itemId: first!.id }] }), "CONFLICT");
    await expectTRPCError(world.as.bob.assess.editRubric({ workspaceId: A, rubricId: rubric.id, baseVersion: 2, edits: [{ op: "restore", itemId: first!.id }] }), "FORBIDDEN");

    // the earlier round still asks exactly what it asked
    expect((await world.as.bob.assess.getRound({ roundId: before.id })).rubric.questions).toEqual(v1.rubric.questions);
    const after = await open("After the edit");
    const v2 = (await world.as.bob.assess.getRound({ roundId: after.id })).rubric.questions;
    expect(v2.map((q) => q.id)).not.toContain(first!.id);
    expect(v2.find((q) => q.id === second!.id)!.text).toBe("Reworded by the team for our context");
    expect(v2.some((q) => q.text === "A practice our team added itself")).toBe(true);
    expect((await world.as.bob.assess.getRubric({ workspaceId: A, rubricId: rubric.id })).latestVersion).toBe(2);
    expect((await world.as.alice.assess.listTemplates({ workspaceId: A })).workspaceRubrics.map((r) => r.name)).toEqual(["Our rubric"]);
  });

  it("refuses an edit that breaks a rule, and keeps the version", async () => {
    const rubric = await world.as.alice.assess.copyRubric({ workspaceId: world.a.id, templateId: MATURITY, name: "Strict rubric" });
    await expectTRPCError(
      world.as.alice.assess.editRubric({ workspaceId: world.a.id, rubricId: rubric.id, baseVersion: 1, edits: [{ op: "retire", itemId: "no_such_item" }] }),
      "BAD_REQUEST",
      /not an item/,
    );
    expect((await world.as.alice.assess.getRubric({ workspaceId: world.a.id, rubricId: rubric.id })).latestVersion).toBe(1);
  });

  it("refuses an added item pointing at an unknown plan step, chapter or lever, naming the field, and saves nothing", async () => {
    const A = world.a.id;
    const levels = await world.as.alice.assess.copyRubric({ workspaceId: A, templateId: MATURITY, name: "Placed rubric" });
    const groupId = "monitoring_observability_maturity";
    const add = (extra: Record<string, unknown>) =>
      world.as.alice.assess.editRubric({
        workspaceId: A,
        rubricId: levels.id,
        baseVersion: 1,
        edits: [{ op: "add", groupId, text: "Dashboards show drift per feature", levels: anchors, planStep: 8, chapter: "ch10", ...extra }],
      });
    await expectInputError(add({ planStep: 11 }), "edits.0.planStep");
    await expectInputError(add({ chapter: "ch99" }), "edits.0.chapter");
    await expectTRPCError(add({ planStep: undefined }), "BAD_REQUEST", /^edits\.0\.planStep: choose the plan step/);
    const ml = await world.as.alice.assess.copyRubric({ workspaceId: A, templateId: ML_TEST_SCORE, name: "Placed tests" });
    const addTest = (leverId: string | undefined) =>
      world.as.alice.assess.editRubric({ workspaceId: A, rubricId: ml.id, baseVersion: 1, edits: [{ op: "add", groupId: "model", text: "A canary model serves 1% first", leverId, chapter: "ch10" }] });
    await expectTRPCError(addTest("made_up_lever"), "BAD_REQUEST", /^edits\.0\.leverId: "made_up_lever" is not a design lever/);
    await expectTRPCError(addTest(undefined), "BAD_REQUEST", /^edits\.0\.leverId: choose/);
    expect((await world.as.alice.assess.getRubric({ workspaceId: A, rubricId: levels.id })).latestVersion).toBe(1);
    expect((await world.as.alice.assess.getRubric({ workspaceId: A, rubricId: ml.id })).latestVersion).toBe(1);
    // and a well-placed test keeps its lever and chapter
    await addTest("deployment_architecture_fit");
    const { content } = await world.as.alice.assess.getRubric({ workspaceId: A, rubricId: ml.id });
    const added = content.kind === "ml_test_score" ? content.sections.flatMap((s) => s.tests).find((t) => t.text === "A canary model serves 1% first") : undefined;
    expect(added).toMatchObject({ leverId: "deployment_architecture_fit", chapter: "ch10" });
  });

  it("lets an item the workspace added be marked not applicable, and refuses an item no rubric of the project has", async () => {
    const A = world.a.id;
    const projectId = world.projectA.id;
    const rubric = await world.as.alice.assess.copyRubric({ workspaceId: A, templateId: MATURITY, name: "Rubric with extras" });
    const { content } = await world.as.alice.assess.getRubric({ workspaceId: A, rubricId: rubric.id });
    // not the first group: the first test added an item there, with the id this one would get
    const groupId = content.kind === "levels" ? content.groups[1]!.nodeId : "";
    await world.as.alice.assess.editRubric({
      workspaceId: A,
      rubricId: rubric.id,
      baseVersion: 1,
      edits: [{ op: "add", groupId, text: "Shadow traffic runs before every release", levels: anchors, planStep: 9, chapter: "ch10" }],
    });
    const { items } = await world.as.bob.assess.listExemptions({ projectId });
    const added = items.find((i) => i.text === "Shadow traffic runs before every release");
    expect(added).toMatchObject({ rubric: "Rubric with extras" });
    expect(items.some((i) => i.rubric !== "Rubric with extras")).toBe(true); // the built-in templates are listed too
    await world.as.alice.assess.setExemption({ projectId, itemId: added!.id, reason: "No releases this quarter", expiresAt: inAWeek() });
    const before = (await world.as.alice.assess.listExemptions({ projectId })).exemptions.length;
    await expectTRPCError(
      world.as.alice.assess.setExemption({ projectId, itemId: "made_up_item", reason: "Not ours", expiresAt: inAWeek() }),
      "BAD_REQUEST",
      /itemId: "made_up_item" is not an item of this project's rubrics/,
    );
    const after = await world.as.alice.assess.listExemptions({ projectId });
    expect(after.exemptions.length).toBe(before);
    expect(after.exemptions.find((e) => e.itemId === added!.id)).toMatchObject({ active: true, reason: "No releases this quarter" });
  });
});
