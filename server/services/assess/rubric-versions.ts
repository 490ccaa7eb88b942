// Resolves the rubric a new round will use to one immutable RubricVersion row. A workspace rubric's
// latest version is used as is; a built-in template is snapshotted once per distinct content, so
// rounds opened from an unchanged template share a row and a changed template gets a new one.
// No "server-only" marker: the demo seed (a plain tsx script) resolves its rubric versions with it too.
import { createHash } from "node:crypto";
import type { Db } from "../../db/connection";
import type { Rubric } from "../../domain/assess";
import { AppError } from "../../errors/app-error";
import { findTemplate } from "./templates";

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export type RubricSource = { templateId: string } | { rubricId: string };

export function hashRubric(rubric: Rubric): string {
  return createHash("sha256").update(JSON.stringify(rubric)).digest("hex");
}

export async function resolveRubricVersion(tx: Tx, workspaceId: string, source: RubricSource): Promise<{ id: string }> {
  if ("rubricId" in source) {
    const rubric = await tx.workspaceRubric.findFirst({ where: { id: source.rubricId, workspaceId }, select: { id: true, latestVersion: true } });
    if (!rubric) throw new AppError("NOT_FOUND", "That rubric does not exist in this workspace.");
    return tx.rubricVersion.findUniqueOrThrow({ where: { rubricId_version: { rubricId: rubric.id, version: rubric.latestVersion } }, select: { id: true } });
  }
  const template = findTemplate(source.templateId);
  if (!template) throw new AppError("NOT_FOUND", "That rubric template does not exist.");
  const contentHash = hashRubric(template);
  const existing = await tx.rubricVersion.findFirst({
    where: { workspaceId, rubricId: null, templateId: template.id, contentHash },
    select: { id: true },
  });
  if (existing) return existing;
  const count = await tx.rubricVersion.count({ where: { workspaceId, rubricId: null, templateId: template.id } });
  return tx.rubricVersion.create({
    data: { workspaceId, templateId: template.id, version: count + 1, contentHash, content: template as object },
    select: { id: true },
  });
}
