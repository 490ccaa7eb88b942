import "server-only";
// A project's alignment settings. Until someone saves them, the defaults apply at version 0.
import type { Db } from "../../db/connection";
import { isUniqueViolation } from "../../db/errors";
import type { Prisma } from "../../db/generated/client";
import { DEFAULT_SETTINGS, STALE_ALIGNMENT_EDIT, type AlignmentSettings } from "../../domain/alignment";
import { AppError } from "../../errors/app-error";
import type { MemberActor } from "../actor";
import { assertProjectWritable } from "./shared";

const settingsSelect = { window: true, tolerance: true, staleDays: true, version: true } satisfies Prisma.AlignmentSettingsSelect;

export async function readSettings(db: Db, projectId: string): Promise<AlignmentSettings & { version: number }> {
  const row = await db.alignmentSettings.findUnique({ where: { projectId }, select: settingsSelect });
  return row ?? { ...DEFAULT_SETTINGS, version: 0 };
}

export async function updateSettings(db: Db, _actor: MemberActor, input: AlignmentSettings & { projectId: string; version: number }) {
  const { projectId, version, ...values } = input;
  await assertProjectWritable(db, projectId);
  const conflict = async () => new AppError("CONFLICT", STALE_ALIGNMENT_EDIT, { current: await readSettings(db, projectId) });
  if (version === 0) {
    try {
      return await db.alignmentSettings.create({ data: { projectId, ...values }, select: settingsSelect });
    } catch (e) {
      if (isUniqueViolation(e)) throw await conflict();
      throw e;
    }
  }
  const { count } = await db.alignmentSettings.updateMany({ where: { projectId, version }, data: { ...values, version: { increment: 1 } } });
  if (count === 0) throw await conflict();
  return readSettings(db, projectId);
}
