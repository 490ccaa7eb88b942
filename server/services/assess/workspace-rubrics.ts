import "server-only";
// A workspace's own rubrics: an admin copies a built-in template, then edits it. Every save adds a
// RubricVersion and never rewrites one, so rounds keep the exact version they were opened with.
import type { Db } from "../../db/connection";
import { applyRubricEdits, canManageRounds, type Rubric, type RubricEdit } from "../../domain/assess";
import { AppError } from "../../errors/app-error";
import type { MemberActor } from "../actor";
import { addedItemChoices, rubricLabels, rubricVocabulary } from "./labels";
import { hashRubric } from "./rubric-versions";
import { findTemplate, readStoredRubric } from "./templates";

export const STALE_RUBRIC_MESSAGE = "Someone saved this rubric since you opened it; your change was not saved.";

function requireAdmin(actor: MemberActor) {
  if (!canManageRounds(actor.membership.role)) throw new AppError("FORBIDDEN", "Only owners and admins can edit the workspace's rubrics.");
}

export async function copyRubricTemplate(db: Db, actor: MemberActor, input: { templateId: string; name: string }) {
  requireAdmin(actor);
  const template = findTemplate(input.templateId);
  if (!template) throw new AppError("NOT_FOUND", "That rubric template does not exist.");
  const content: Rubric = { ...template, name: input.name };
  return db.$transaction(async (tx) => {
    const rubric = await tx.workspaceRubric.create({
      data: { workspaceId: actor.membership.workspaceId, name: input.name, templateId: template.id, kind: template.kind, createdById: actor.user.id },
      select: { id: true, name: true, latestVersion: true },
    });
    await tx.rubricVersion.create({
      data: { workspaceId: actor.membership.workspaceId, rubricId: rubric.id, templateId: template.id, version: 1, contentHash: hashRubric(content), content: content as object },
    });
    return rubric;
  });
}

export async function getWorkspaceRubric(db: Db, actor: MemberActor, input: { rubricId: string }) {
  const rubric = await db.workspaceRubric.findFirst({
    where: { id: input.rubricId, workspaceId: actor.membership.workspaceId },
    select: { id: true, name: true, templateId: true, kind: true, latestVersion: true, updatedAt: true },
  });
  if (!rubric) throw new AppError("NOT_FOUND", "That rubric does not exist in this workspace.");
  const version = await db.rubricVersion.findUniqueOrThrow({ where: { rubricId_version: { rubricId: rubric.id, version: rubric.latestVersion } }, select: { content: true, createdAt: true } });
  const content = readStoredRubric(version.content);
  return { ...rubric, content, groupNames: rubricLabels(content).groupNames, versionCreatedAt: version.createdAt, choices: addedItemChoices() };
}

/** Applies edits to the latest version and stores the result as the next one. */
export async function editWorkspaceRubric(db: Db, actor: MemberActor, input: { rubricId: string; baseVersion: number; edits: RubricEdit[] }) {
  requireAdmin(actor);
  const current = await getWorkspaceRubric(db, actor, { rubricId: input.rubricId });
  if (current.latestVersion !== input.baseVersion) throw new AppError("CONFLICT", STALE_RUBRIC_MESSAGE, { latestVersion: current.latestVersion });
  const result = applyRubricEdits(current.content, input.edits, rubricVocabulary());
  if (!result.ok) throw new AppError("BAD_REQUEST", result.problem);
  const version = input.baseVersion + 1;
  return db.$transaction(async (tx) => {
    const { count } = await tx.workspaceRubric.updateMany({ where: { id: current.id, latestVersion: input.baseVersion }, data: { latestVersion: version } });
    if (count === 0) throw new AppError("CONFLICT", STALE_RUBRIC_MESSAGE);
    await tx.rubricVersion.create({
      data: { workspaceId: actor.membership.workspaceId, rubricId: current.id, templateId: current.templateId, version, contentHash: hashRubric(result.rubric), content: result.rubric as object },
    });
    return { id: current.id, latestVersion: version };
  });
}
