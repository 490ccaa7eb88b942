import "server-only";
// Loads what a signed-in page needs from the URL, through the server caller, with refusals mapped
// to page outcomes in one place (./page-outcome).
import { notFound } from "next/navigation";
import { cache } from "react";
import { orPageOutcome } from "./page-outcome";
import { getServerCaller } from "./rsc";

export const requireSignedIn = cache(async (fallbackPath: string) => {
  const caller = await getServerCaller();
  return { caller, me: await orPageOutcome(caller.auth.me(), fallbackPath) };
});

/** The workspace named in the URL and all of the caller's workspaces (for the switcher), in one query. */
export const loadWorkspace = cache(async (slug: string) => {
  const { caller, me } = await requireSignedIn(`/w/${slug}`);
  const workspaces = await orPageOutcome(caller.workspace.list());
  const workspace = workspaces.find((w) => w.slug === slug);
  if (!workspace) notFound(); // not a member and no such workspace look the same
  return { caller, me, workspace, workspaces };
});

/** The project named in the URL, only if it belongs to the workspace named in the URL. */
export const loadProject = cache(async (slug: string, projectId: string) => {
  const { caller, me, workspace } = await loadWorkspace(slug);
  const project = await orPageOutcome(caller.project.get({ projectId }));
  if (project.workspaceId !== workspace.id) notFound();
  return { caller, me, workspace, project };
});
