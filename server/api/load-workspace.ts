import "server-only";
// Loads the workspace named in the URL for a server component, or answers 404 / sign-in.
import { TRPCError } from "@trpc/server";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getServerCaller } from "./rsc";

export const requireSignedIn = cache(async (returnTo: string) => {
  const caller = await getServerCaller();
  try {
    return { caller, me: await caller.auth.me() };
  } catch (e) {
    if (e instanceof TRPCError && e.code === "UNAUTHORIZED") redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
    throw e;
  }
});

export const loadWorkspace = cache(async (slug: string) => {
  const { caller, me } = await requireSignedIn(`/w/${slug}`);
  try {
    return { caller, me, workspace: await caller.workspace.bySlug({ slug }) };
  } catch (e) {
    if (e instanceof TRPCError && (e.code === "NOT_FOUND" || e.code === "BAD_REQUEST")) notFound();
    throw e;
  }
});
