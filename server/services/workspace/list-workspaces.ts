import "server-only";
import type { Db } from "../../db/connection";
import { findWorkspacesOfUser } from "../../db/hot-lookups";
import { AppError } from "../../errors/app-error";
import type { Actor } from "../actor";
import { workspaceSelect } from "./workspace-select";

const membershipSelect = { role: true, discipline: true, workspace: { select: workspaceSelect } } as const;

/** The caller's workspaces, with their role in each (a hot lookup: every workspace page's shell reads it). */
export async function listWorkspaces(db: Db, actor: Actor) {
  return findWorkspacesOfUser(db, actor.user.id);
}

/** One of the caller's workspaces by slug; a workspace they are not in is reported as missing. */
export async function getWorkspaceBySlug(db: Db, actor: Actor, input: { slug: string }) {
  const membership = await db.membership.findFirst({
    where: { userId: actor.user.id, workspace: { slug: input.slug } },
    select: membershipSelect,
  });
  if (!membership) throw new AppError("NOT_FOUND", "Workspace not found.");
  return { ...membership.workspace, role: membership.role, discipline: membership.discipline };
}
