// The built-in rubric templates (content/rubric, validated by the content build), turned into the
// frozen rubric form rounds store (server/domain/assess/rubric.ts).
// No "server-only" marker: the demo seed (a plain tsx script) snapshots templates with it too.
import { loadRubricTemplates } from "../../content/rubric";
import type { RubricTemplate } from "../../content/rubric-schema";
import type { Rubric } from "../../domain/assess";

export function rubricFromTemplate(t: RubricTemplate): Rubric {
  if (t.kind === "levels") {
    return {
      id: t.id,
      name: t.title,
      description: t.description,
      kind: "levels",
      levelNames: t.levelNames,
      riskLevelNames: t.riskLevelNames,
      bands: t.bands,
      riskBands: t.riskBands,
      groups: t.groups,
    };
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

/**
 * A stored rubric version as rounds read it. Versions stored before risk bands and risk level names
 * were carried lack them; they take them from the built-in template they were copied from (the
 * source they were always meant to hold), so an old round names a condition by its risk too.
 */
export function readStoredRubric(content: unknown): Rubric {
  const rubric = content as Rubric;
  if (rubric.kind !== "levels" || (rubric.riskBands && rubric.riskLevelNames)) return rubric;
  const template = findTemplate(rubric.id);
  if (template?.kind !== "levels") return rubric;
  return { ...rubric, riskBands: rubric.riskBands ?? template.riskBands, riskLevelNames: rubric.riskLevelNames ?? template.riskLevelNames };
}
