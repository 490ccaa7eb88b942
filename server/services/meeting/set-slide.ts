import "server-only";
// The facilitator moves the meeting to a slide; everyone following sees it through the live channel.
import type { Db } from "../../db/connection";
import { AppError } from "../../errors/app-error";
import type { MemberActor } from "../actor";
import type { MeetingRef } from "./meeting-ref";
import { announce, meetingTopic } from "./topics";

export async function setSlide(db: Db, actor: MemberActor, input: { meeting: MeetingRef; slideIndex: number }) {
  const { meeting } = input;
  if (meeting.facilitatorId !== actor.user.id) throw new AppError("FORBIDDEN", "Only the facilitator moves the slides; everyone else follows.");
  if (meeting.endedAt) throw new AppError("PRECONDITION_FAILED", "This meeting has ended.");
  // One statement: two quick presses both land, each with its own version, in the order they arrived.
  const updated = await db.meeting.update({
    where: { id: meeting.id },
    data: { slideIndex: input.slideIndex, version: { increment: 1 } },
    select: { id: true, slideIndex: true, version: true },
  });
  await announce(db, meetingTopic(meeting.id), { type: "meeting", version: updated.version });
  return updated;
}
