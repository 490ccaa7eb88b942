import "server-only";
// The facilitator ends the meeting: no more slide changes or new actions in it; followers are told.
import type { Db } from "../../db/connection";
import { AppError } from "../../errors/app-error";
import type { MemberActor } from "../actor";
import type { MeetingRef } from "./meeting-ref";
import { announce, meetingTopic } from "./topics";

export async function endMeeting(db: Db, actor: MemberActor, input: { meeting: MeetingRef }) {
  const { meeting } = input;
  if (meeting.facilitatorId !== actor.user.id) throw new AppError("FORBIDDEN", "Only the facilitator can end the meeting.");
  const { count } = await db.meeting.updateMany({ where: { id: meeting.id, endedAt: null }, data: { endedAt: new Date(), version: { increment: 1 } } });
  const updated = await db.meeting.findUniqueOrThrow({ where: { id: meeting.id }, select: { id: true, slideIndex: true, version: true, endedAt: true } });
  if (count > 0) {
    await announce(db, meetingTopic(meeting.id), { type: "meeting", version: updated.version });
  }
  return updated;
}
