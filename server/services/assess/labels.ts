import "server-only";
// Names and links the assess pages show beside a rubric: lever and condition names from the causal
// model, the lesson section that teaches each item, the plan steps a respondent can cite as evidence.
import { getCatalog } from "../../content/catalog";
import { listQuestions, type Rubric } from "../../domain/assess";

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
