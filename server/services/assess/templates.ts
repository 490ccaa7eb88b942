// The built-in rubric templates (content/rubric, validated by the content build), turned into the
// frozen rubric form rounds store (server/domain/assess/rubric.ts).
// No "server-only" marker: the demo seed (a plain tsx script) snapshots templates with it too.
import { loadRubricTemplates } from "../../content/rubric";
import type { RubricTemplate } from "../../content/rubric-schema";
import type { Rubric } from "../../domain/assess";

export function rubricFromTemplate(t: RubricTemplate): Rubric {
  if (t.kind === "levels") {
    return { id: t.id, name: t.title, description: t.description, kind: "levels", levelNames: t.levelNames, bands: t.bands, groups: t.groups };
  }
  return {
    id: t.id,
    name: t.title,
    description: t.description,
    kind: "ml_test_score",
    valueNames: t.scores.map((s) => s.name),
    bands: t.bands,
    sections: t.sections.map((s) => ({ id: s.id, name: s.name, tests: s.tests })),
  };
}

export function listTemplates(): Rubric[] {
  return loadRubricTemplates().map(rubricFromTemplate);
}

export function findTemplate(id: string): Rubric | null {
  return listTemplates().find((t) => t.id === id) ?? null;
}
