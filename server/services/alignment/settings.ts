import "server-only";
// A project's alignment settings. Until someone saves them, the defaults apply at version 0.
import type { Db } from "../../db/connection";
import { isUniqueViolation } from "../../db/errors";
import type { Prisma } from "../../db/generated/client";
import { DEFAULT_SETTINGS, type AlignmentSettings } from "../../domain/alignment";
import type { MemberActor } from "../actor";
import { assertProjectWritable, staleEdit } from "./shared";

const settingsSelect = { window: true, tolerance: true, staleDays: true, version: true } satisfies Prisma.AlignmentSettingsSelect;

export async function readSettings(db: Db, projectId: string): Promise<AlignmentSettings & { version: number }> {
  const row = await db.alignmentSettings.findUnique({ where: { projectId }, select: settingsSelect });
  return row ?? { ...DEFAULT_SETTINGS, version: 0 };
}

export async function updateSettings(db: Db, actor: MemberActor, input: AlignmentSettings & { projectId: string; version: number }) {
  const { projectId, version, ...values } = input;
  await assertProjectWritable(db, projectId);
  const conflict = async () => {
    const lastEditor = await db.alignmentSettings.findUnique({ where: { projectId }, select: { updatedById: true } });
    return staleEdit(await readSettings(db, projectId), lastEditor?.updatedById, actor);
  };
  if (version === 0) {
    try {
      return await db.alignmentSettings.create({ data: { projectId, ...values, updatedById: actor.user.id }, select: settingsSelect });
    } catch (e) {
      if (isUniqueViolation(e)) throw await conflict();
      throw e;
    }
  }
  const { count } = await db.alignmentSettings.updateMany({ where: { projectId, version }, data: { ...values, version: { increment: 1 }, updatedById: actor.user.id } });
  if (count === 0) throw await conflict();
  return readSettings(db, projectId);
}
