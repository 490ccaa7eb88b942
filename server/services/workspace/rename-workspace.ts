import "server-only";
import type { Db } from "../../db/connection";
import type { MemberActor } from "../actor";
import { workspaceSelect } from "./workspace-select";

export function renameWorkspace(db: Db, actor: MemberActor, input: { name: string }) {
  return db.workspace.update({ where: { id: actor.membership.workspaceId }, data: { name: input.name }, select: workspaceSelect });
}
