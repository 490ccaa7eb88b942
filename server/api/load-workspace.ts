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

export const loadWorkspace = cache(async (slug: string) => {
  const { caller, me } = await requireSignedIn(`/w/${slug}`);
  return { caller, me, workspace: await orPageOutcome(caller.workspace.bySlug({ slug })) };
});

/** The project named in the URL, only if it belongs to the workspace named in the URL. */
export const loadProject = cache(async (slug: string, projectId: string) => {
  const { caller, me, workspace } = await loadWorkspace(slug);
  const project = await orPageOutcome(caller.project.get({ projectId }));
  if (project.workspaceId !== workspace.id) notFound();
  return { caller, me, workspace, project };
});
