import "server-only";
// A project's actions for the dashboard's Actions panel: open first, overdue at the top.
import type { Db } from "../../db/connection";
import { sortActions } from "../../domain/meeting";
import type { MemberActor } from "../actor";
import { actionSelect, todayIso, toActionView } from "./action-view";

/** More than any team records; the panel shows them all. */
export const MAX_LISTED_ACTIONS = 500;

export async function listActions(db: Db, _actor: MemberActor, input: { projectId: string }) {
  const rows = await db.meetingAction.findMany({
    where: { projectId: input.projectId },
    select: actionSelect,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: MAX_LISTED_ACTIONS,
  });
  const today = todayIso();
  return sortActions(rows.map((r) => toActionView(r, today)), today);
}
