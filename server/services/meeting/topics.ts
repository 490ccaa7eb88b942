import "server-only";
// Live-channel topics and payloads for meetings: a slide change goes to the meeting's followers, an
// action change to everyone watching a meeting of that project.
import type { Db } from "../../db/connection";
import { liveBusFor } from "../../live/bus";

export const meetingTopic = (meetingId: string) => `meeting:${meetingId}`;
export const projectActionsTopic = (projectId: string) => `project-actions:${projectId}`;

/** Facts only: each subscriber re-reads the row with its own authorisation. */
export type MeetingBusPayload = { type: "meeting"; version: number } | { type: "action"; actionId: string; version: number };

/**
 * Tells followers after a write has committed. A failure here must not turn a saved change into an
 * error for the person who made it: followers still see it when they next reconnect or reload.
 */
export async function announce(db: Db, topic: string, payload: MeetingBusPayload): Promise<void> {
  try {
    await liveBusFor(db).publish(topic, payload);
  } catch (e) {
    console.error(`Live channel: could not announce on ${topic}:`, (e as Error).message);
  }
}
