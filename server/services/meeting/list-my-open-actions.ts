import "server-only";
// The caller's own open actions in one workspace, for their home page: soonest due first, with
// the project each belongs to. Actions on archived projects are left out (nobody works on them).
import type { Db } from "../../db/connection";
import type { MemberActor } from "../actor";
import { actionSelect, todayIso, toActionView, type ActionView } from "./action-view";

/** A person with more open actions than this has a different problem; the page says how many are shown. */
export const MAX_MY_OPEN_ACTIONS = 50;

export interface MyOpenAction extends ActionView {
  project: { id: string; name: string };
}

export async function listMyOpenActions(db: Db, actor: MemberActor): Promise<MyOpenAction[]> {
  const rows = await db.meetingAction.findMany({
    where: { workspaceId: actor.membership.workspaceId, ownerId: actor.user.id, status: "OPEN", project: { archivedAt: null } },
    select: { ...actionSelect, project: { select: { id: true, name: true } } },
    orderBy: [{ dueDate: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    take: MAX_MY_OPEN_ACTIONS,
  });
  const today = todayIso();
  return rows.map(({ project, ...row }) => ({ ...toActionView(row, today), project }));
}
