import "server-only";
// "Not applicable" marks on rubric items for a project. Records are kept after they expire or are
// revoked, so the history of why an item did not count stays readable.
import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/connection";
import { canManageRounds, checkExemptionExpiry, isExemptionActive, listQuestions } from "../../domain/assess";
import { AppError, refuseWith } from "../../errors/app-error";
import type { MemberActor } from "../actor";
import { listTemplates, readStoredRubric } from "./templates";

const exemptionSelect = {
  id: true,
  itemId: true,
  reason: true,
  createdAt: true,
  expiresAt: true,
  revokedAt: true,
  createdById: true,
} satisfies Prisma.ItemExemptionSelect;

interface ProjectRef {
  id: string;
  workspaceId: string;
  ownerId: string;
}

/** How many of the project's latest rounds lend their rubric's items to the list (older ones rarely differ). */
const RECENT_ROUNDS = 50;

export interface ExemptableItem {
  id: string;
  text: string;
  rubric: string;
}

/**
 * The items that can be marked not applicable for a project: those of the rubric versions its recent
 * rounds used (latest round first, so a reworded item reads as it does now), of the workspace's own
 * rubrics as they stand, and of the built-in templates. One entry per item id.
 */
export async function listExemptableItems(db: Db, project: ProjectRef): Promise<ExemptableItem[]> {
  const rounds = await db.assessmentRound.findMany({
    where: { projectId: project.id },
    select: { rubricVersionId: true },
    orderBy: { createdAt: "desc" },
    take: RECENT_ROUNDS,
  });
  const roundVersionIds = [...new Set(rounds.map((r) => r.rubricVersionId))];
  const own = await db.workspaceRubric.findMany({ where: { workspaceId: project.workspaceId }, select: { id: true, latestVersion: true }, take: 100 });
  const versions = await db.rubricVersion.findMany({
    where: { OR: [{ id: { in: roundVersionIds } }, ...own.map((r) => ({ rubricId: r.id, version: r.latestVersion }))] },
    select: { id: true, content: true },
  });
  const rank = (id: string) => (roundVersionIds.includes(id) ? roundVersionIds.indexOf(id) : roundVersionIds.length);
  versions.sort((a, b) => rank(a.id) - rank(b.id));
  // Two workspace rubrics may share an added item's id; an exemption is per item id, so one entry each.
  const items = new Map<string, ExemptableItem>();
  for (const rubric of [...versions.map((v) => readStoredRubric(v.content)), ...listTemplates()]) {
    for (const q of listQuestions(rubric)) if (!items.has(q.id)) items.set(q.id, { id: q.id, text: q.text, rubric: rubric.name });
  }
  return [...items.values()];
}

function requireProjectManager(actor: MemberActor, project: ProjectRef) {
  if (!canManageRounds(actor.membership.role) && project.ownerId !== actor.user.id) {
    throw new AppError("FORBIDDEN", "Only the project owner or a workspace admin can mark items not applicable.");
  }
}

/** The project's exemptions, newest first, and the items that can be marked. */
export async function listExemptions(db: Db, _actor: MemberActor, input: { project: ProjectRef }) {
  const rows = await db.itemExemption.findMany({ where: { projectId: input.project.id }, select: exemptionSelect, orderBy: { createdAt: "desc" }, take: 500 });
  const users = await db.user.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.createdById))] } }, select: { id: true, name: true } });
  const now = new Date();
  return {
    exemptions: rows.map(({ createdById, ...r }) => ({ ...r, createdBy: users.find((u) => u.id === createdById) ?? null, active: isExemptionActive(r, now) })),
    items: await listExemptableItems(db, input.project),
  };
}

export async function setExemption(db: Db, actor: MemberActor, input: { project: ProjectRef; itemId: string; reason: string; expiresAt: Date }) {
  requireProjectManager(actor, input.project);
  const now = new Date();
  refuseWith("BAD_REQUEST", checkExemptionExpiry(input.expiresAt, now));
  if (!(await listExemptableItems(db, input.project)).some((i) => i.id === input.itemId)) {
    throw new AppError("BAD_REQUEST", `itemId: "${input.itemId}" is not an item of this project's rubrics`);
  }
  return db.$transaction(async (tx) => {
    // One active exemption per item: a new one replaces (revokes) the current one.
    await tx.itemExemption.updateMany({
      where: { projectId: input.project.id, itemId: input.itemId, revokedAt: null, expiresAt: { gt: now } },
      data: { revokedAt: now, revokedById: actor.user.id },
    });
    return tx.itemExemption.create({
      data: { projectId: input.project.id, itemId: input.itemId, reason: input.reason, expiresAt: input.expiresAt, createdById: actor.user.id },
      select: exemptionSelect,
    });
  });
}

export async function revokeExemption(db: Db, actor: MemberActor, input: { project: ProjectRef; exemptionId: string }) {
  requireProjectManager(actor, input.project);
  const { count } = await db.itemExemption.updateMany({
    where: { id: input.exemptionId, projectId: input.project.id, revokedAt: null },
    data: { revokedAt: new Date(), revokedById: actor.user.id },
  });
  if (count === 0) throw new AppError("NOT_FOUND", "That exemption does not exist or was already revoked.");
  return { revoked: true };
}
