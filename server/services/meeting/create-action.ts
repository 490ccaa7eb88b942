import "server-only";
// Records an action in a meeting: anyone in the meeting may, not only the facilitator. Everyone
// following the meeting sees it through the live channel.
import type { Db } from "../../db/connection";
import { parseIsoDate } from "../../domain/alignment/dates";
import { AppError } from "../../errors/app-error";
import type { MemberActor } from "../actor";
import { checkActionFields } from "./action-rules";
import { actionSelect, toActionView } from "./action-view";
import type { MeetingRef } from "./meeting-ref";
import { announce, projectActionsTopic } from "./topics";

export interface ActionFields {
  title: string;
  leverId: string;
  ownerId: string;
  /** YYYY-MM-DD */
  dueDate: string;
  lessonSlug: string | null;
}

export async function createAction(db: Db, actor: MemberActor, input: ActionFields & { meeting: MeetingRef }) {
  const { meeting, ...fields } = input;
  if (meeting.projectArchived) throw new AppError("PRECONDITION_FAILED", "Restore this project before recording actions on it.");
  if (meeting.endedAt) throw new AppError("PRECONDITION_FAILED", "This meeting has ended; record new actions in the next one.");
  await checkActionFields(db, meeting.workspaceId, fields);
  const row = await db.meetingAction.create({
    data: {
      ...fields,
      dueDate: parseIsoDate(fields.dueDate)!,
      workspaceId: meeting.workspaceId,
      projectId: meeting.projectId,
      meetingId: meeting.id,
      createdById: actor.user.id,
    },
    select: actionSelect,
  });
  await announce(db, projectActionsTopic(meeting.projectId), { type: "action", actionId: row.id, version: row.version });
  return toActionView(row);
}
