import "server-only";
import type { Db } from "../../db/connection";
import { findProjectsOfWorkspace } from "../../db/hot-lookups";
import type { MemberActor } from "../actor";

/** Read on every projects page, so a hot lookup (same fields as projectSelect). */
export async function listProjects(db: Db, actor: MemberActor, input: { archived: boolean }) {
  return findProjectsOfWorkspace(db, actor.membership.workspaceId, input.archived, 500);
}
