import "server-only";
// Names and links the assess pages show beside a rubric: lever and condition names from the causal
// model, the lesson section that teaches each item, the plan steps a respondent can cite as evidence.
import { getCatalog } from "../../content/catalog";
import { LEVER_IDS } from "../../content/ids";
import { listQuestions, type Rubric, type RubricVocabulary } from "../../domain/assess";

export function rubricLabels(rubric: Rubric) {
  const catalog = getCatalog();
  const nodeName = new Map<string, string>(catalog.nodes.map((n) => [n.id, n.name]));
  const groupNames: Record<string, string> =
    rubric.kind === "levels"
      ? Object.fromEntries(rubric.groups.map((g) => [g.nodeId, nodeName.get(g.nodeId) ?? g.nodeId]))
      : Object.fromEntries(rubric.sections.map((s) => [s.id, s.name]));
  const chapterSlug = new Map(catalog.chapters.map((c) => [`ch${String(c.number).padStart(2, "0")}`, c.slug]));
  const lessonHrefs: Record<string, string> = Object.fromEntries(
    listQuestions(rubric).map((q) => {
      const slug = chapterSlug.get(q.chapter);
      return [q.id, slug ? `/learn/${slug}${q.section ? `#${q.section}` : ""}` : "/learn"];
    }),
  );
  const planSteps = catalog.steps.map((s) => ({ n: s.n, title: s.title }));
  return { groupNames, lessonHrefs, planSteps };
}

/** What an item added to a workspace rubric can point at, by name: plan steps, chapters, design levers. */
export function addedItemChoices() {
  const catalog = getCatalog();
  const nodeName = new Map<string, string>(catalog.nodes.map((n) => [n.id, n.name]));
  return {
    planSteps: catalog.steps.map((s) => ({ n: s.n, title: s.title })),
    chapters: catalog.chapters.map((c) => ({ id: `ch${String(c.number).padStart(2, "0")}`, title: c.title })),
    levers: LEVER_IDS.map((id) => ({ id, name: nodeName.get(id) ?? id })),
  };
}

/** The same choices as the ids an edit is checked against. */
export function rubricVocabulary(): RubricVocabulary {
  const choices = addedItemChoices();
  return { planSteps: choices.planSteps.map((s) => s.n), chapters: choices.chapters.map((c) => c.id), leverIds: choices.levers.map((l) => l.id) };
}
