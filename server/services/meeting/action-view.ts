import "server-only";
// What a client sees of an action: one select for every read, and the overdue flag computed by the
// domain rule on the server, so the browser needs no date logic.
import type { Prisma } from "../../db/generated/client";
import { isoDate } from "../../domain/alignment/dates";
import { isOverdue, type ActionStatus } from "../../domain/meeting";

export const actionSelect = {
  id: true,
  projectId: true,
  meetingId: true,
  title: true,
  leverId: true,
  dueDate: true,
  status: true,
  lessonSlug: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  owner: { select: { id: true, name: true } },
  createdBy: { select: { id: true, name: true } },
} satisfies Prisma.MeetingActionSelect;

type ActionRow = Prisma.MeetingActionGetPayload<{ select: typeof actionSelect }>;

export interface ActionView extends Omit<ActionRow, "dueDate" | "status"> {
  /** ISO day, YYYY-MM-DD */
  dueDate: string;
  status: ActionStatus;
  overdue: boolean;
}

export const todayIso = (now = new Date()) => isoDate(now);

export function toActionView(row: ActionRow, today = todayIso()): ActionView {
  const dueDate = isoDate(row.dueDate);
  return { ...row, dueDate, status: row.status, overdue: isOverdue({ status: row.status, dueDate }, today) };
}
