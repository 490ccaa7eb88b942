import "server-only";
// The live feed of one meeting for one member: the whole state first (so a reconnecting follower
// catches up), then every slide change and every action created or edited in the project, as they
// happen. It listens before it reads, so nothing that happens in between is lost; each event is
// re-read from the database, and membership is checked again before each one, so someone removed
// from the workspace mid-meeting stops receiving at once.
import type { Db } from "../../db/connection";
import { findMembership } from "../../db/hot-lookups";
import { liveBusFor, type LiveMessage } from "../../live/bus";
import { createPushQueue } from "../../live/queue";
import type { MemberActor } from "../actor";
import { actionSelect, toActionView, type ActionView } from "./action-view";
import type { MeetingRef } from "./meeting-ref";
import { loadMeetingState, type MeetingState } from "./meeting-state";
import { meetingTopic, projectActionsTopic, type MeetingBusPayload } from "./topics";

export type MeetingEvent =
  | { type: "state"; state: MeetingState }
  | { type: "slide"; meeting: MeetingState["meeting"] }
  | { type: "action"; action: ActionView };

export interface TrackedMeetingEvent {
  /** the id a reconnecting client sends back as lastEventId */
  id: string;
  event: MeetingEvent;
}

/** State ids say which meeting version and action versions they cover; "state:" marks them. */
function stateId(state: MeetingState): string {
  const actions = state.actions.map((a) => `${a.id}.${a.version}`).sort().join(",");
  return `state:${state.meeting.version}:${actions.length}:${hash(actions)}`;
}

function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

type Pending = LiveMessage | "resync";

export async function* followMeeting(
  db: Db,
  actor: MemberActor,
  input: { meeting: MeetingRef; lastEventId?: string | null; signal?: AbortSignal },
): AsyncGenerator<TrackedMeetingEvent> {
  const { meeting } = input;
  const queue = createPushQueue<Pending>(input.signal);
  const unsubscribe = await liveBusFor(db).subscribe([meetingTopic(meeting.id), projectActionsTopic(meeting.projectId)], {
    onMessage: (m) => queue.push(m),
    onResync: () => queue.push("resync"),
  });
  try {
    let last = input.lastEventId ?? null;
    const sendState = async (): Promise<TrackedMeetingEvent | null> => {
      const state = await loadMeetingState(db, meeting.id);
      const id = stateId(state);
      // A reconnect that missed nothing gets nothing; anything else gets the whole current state.
      if (id === last) return null;
      last = id;
      return { id, event: { type: "state", state } };
    };
    const first = await sendState();
    if (first) yield first;
    for await (const pending of queue) {
      if (!(await findMembership(db, meeting.workspaceId, actor.user.id))) return;
      if (pending === "resync") {
        const state = await sendState();
        if (state) yield state;
        continue;
      }
      const payload = pending.payload as MeetingBusPayload;
      if (payload.type === "meeting") {
        const row = await db.meeting.findUnique({ where: { id: meeting.id }, select: { id: true, slideIndex: true, version: true, endedAt: true } });
        if (!row) return;
        yield { id: `slide:${row.version}`, event: { type: "slide", meeting: row } };
      } else if (payload.type === "action" && typeof payload.actionId === "string") {
        const row = await db.meetingAction.findFirst({ where: { id: payload.actionId, projectId: meeting.projectId }, select: actionSelect });
        if (row) yield { id: `action:${row.id}:${row.version}`, event: { type: "action", action: toActionView(row) } };
      }
    }
  } finally {
    unsubscribe();
  }
}
