import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Card } from "~/components/ui/card";
import { getServerCaller } from "~/server/api/rsc";
import { getSessionUser } from "~/server/auth/session";
import { ROLE_LABELS } from "~/server/domain/roles";
import { AcceptInvite } from "./accept-invite";

export const metadata: Metadata = { title: "Join a workspace" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!(await getSessionUser())) redirect(`/signup?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`);
  const caller = await getServerCaller();
  const preview = await caller.invite.preview({ token }).catch((e: unknown) => {
    // A malformed token is just an invalid link to the person holding it.
    if (e instanceof TRPCError && e.code === "BAD_REQUEST") return { error: "This invite link is not valid." };
    if (e instanceof TRPCError && e.code !== "INTERNAL_SERVER_ERROR") return { error: e.message };
    throw e;
  });
  return (
    <main className="mx-auto max-w-md px-4 py-16">
      <Card>
        {"error" in preview ? (
          <>
            <h1 className="mb-2 text-xl font-semibold">This invite cannot be used</h1>
            <p role="alert" className="text-slate-700">{preview.error}</p>
            <Link href="/workspaces" className="mt-4 inline-block text-indigo-700 underline">
              Go to your workspaces
            </Link>
          </>
        ) : preview.alreadyMember ? (
          <>
            <h1 className="mb-2 text-xl font-semibold">You are already in {preview.workspaceName}</h1>
            <Link href={`/w/${preview.workspaceSlug}/projects`} className="text-indigo-700 underline">
              Open the workspace
            </Link>
          </>
        ) : (
          <>
            <h1 className="mb-2 text-xl font-semibold">Join {preview.workspaceName}</h1>
            <p className="mb-4 text-slate-700">You were invited as {ROLE_LABELS[preview.role].toLowerCase()}.</p>
            <AcceptInvite token={token} />
          </>
        )}
      </Card>
    </main>
  );
}
