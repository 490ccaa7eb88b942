import "server-only";
// Edits an action (its status most often) only if it is still at the version the editor read; a
// stale edit is refused with the current action in the error's details.
import type { Db } from "../../db/connection";
import { parseIsoDate } from "../../domain/alignment/dates";
import type { ActionStatus } from "../../domain/meeting";
import { AppError } from "../../errors/app-error";
import type { MemberActor } from "../actor";
import { checkActionFields } from "./action-rules";
import { actionSelect, toActionView } from "./action-view";
import type { ActionFields } from "./create-action";
import { announce, projectActionsTopic } from "./topics";

export const STALE_ACTION_MESSAGE = "This action changed since you opened it (in another tab, or by someone else). It now shows the current status: choose again if you still want the change.";

export interface ActionRef {
  id: string;
  workspaceId: string;
  projectId: string;
  dueDate: string;
  projectArchived: boolean;
}

export type ActionChanges = Partial<ActionFields> & { status?: ActionStatus; version: number };

export async function updateAction(db: Db, _actor: MemberActor, input: ActionChanges & { action: ActionRef }) {
  const { action, version, dueDate, ...changes } = input;
  if (action.projectArchived) throw new AppError("PRECONDITION_FAILED", "Restore this project before editing its actions.");
  await checkActionFields(db, action.workspaceId, { ...changes, dueDate }, { dueDate: action.dueDate });
  const { count } = await db.meetingAction.updateMany({
    where: { id: action.id, version },
    data: { ...changes, ...(dueDate === undefined ? {} : { dueDate: parseIsoDate(dueDate)! }), version: { increment: 1 } },
  });
  const current = toActionView(await db.meetingAction.findUniqueOrThrow({ where: { id: action.id }, select: actionSelect }));
  if (count === 0) throw new AppError("CONFLICT", STALE_ACTION_MESSAGE, { current });
  await announce(db, projectActionsTopic(action.projectId), { type: "action", actionId: action.id, version: current.version });
  return current;
}
