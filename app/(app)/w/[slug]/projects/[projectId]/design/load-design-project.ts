import "server-only";
// The workspace and project named in a design URL, or a 404 (also for another workspace's project).
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { loadWorkspace } from "~/server/api/load-workspace";

export async function loadDesignProject(slug: string, projectId: string) {
  const { caller, me, workspace } = await loadWorkspace(slug);
  const project = await caller.project.get({ projectId }).catch((e: unknown) => {
    if (e instanceof TRPCError && (e.code === "NOT_FOUND" || e.code === "BAD_REQUEST")) return null;
    throw e;
  });
  if (!project || project.workspaceId !== workspace.id) notFound();
  return { caller, me, workspace, project };
}
