// How a follower's copy of the meeting changes with each live event: a state replaces everything;
// a slide change or an action counts only if it is newer than what is shown (events can arrive
// twice or out of order around a reconnect). Pure, so the page and its tests share it.
import type { ActionView } from "~/server/services/meeting/action-view";
import type { MeetingEvent } from "~/server/services/meeting/follow-meeting";
import type { MeetingState } from "~/server/services/meeting/meeting-state";

export type LiveMeeting = MeetingState;

export function applyMeetingEvent(current: LiveMeeting, event: MeetingEvent): LiveMeeting {
  if (event.type === "state") return event.state;
  if (event.type === "slide") {
    return event.meeting.version > current.meeting.version ? { ...current, meeting: event.meeting } : current;
  }
  return { ...current, actions: upsertAction(current.actions, event.action, [current.meeting.id, current.previousMeetingId]) };
}

export function upsertAction(actions: readonly ActionView[], action: ActionView, meetingIds: readonly (string | null)[]): ActionView[] {
  if (!meetingIds.includes(action.meetingId)) return [...actions];
  const index = actions.findIndex((a) => a.id === action.id);
  if (index < 0) return [...actions, action];
  if (actions[index]!.version >= action.version) return [...actions];
  return actions.map((a, i) => (i === index ? action : a));
}

/** The facilitator's own move, shown at once; the server's answer or a newer event replaces it. */
export function moveLocally(current: LiveMeeting, slideIndex: number): LiveMeeting {
  return { ...current, meeting: { ...current.meeting, slideIndex } };
}
