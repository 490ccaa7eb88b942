import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Card } from "~/components/ui/card";
import { roleInSentence } from "~/components/vocabulary";
import { getSessionUser } from "~/server/auth/session";
import { AcceptInvite } from "./accept-invite";
import { loadInvitePreview } from "../_components/load-invite-preview";

export const metadata: Metadata = { title: "Join a workspace" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  // The link is checked first, signed in or not: a dead link says so before anyone signs up.
  const preview = await loadInvitePreview(token);
  const signedIn = Boolean(await getSessionUser());
  if (!signedIn && !("error" in preview)) redirect(`/signup?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`);
  return (
    <main className="mx-auto max-w-md px-4 py-16">
      <Card>
        {"error" in preview ? (
          <>
            <h1 className="mb-2 text-xl font-semibold">This invite cannot be used</h1>
            <p role="alert" className="text-slate-700">
              {preview.error}
            </p>
            <Link href={signedIn ? "/workspaces" : "/"} className="mt-4 inline-block text-indigo-700 underline">
              {signedIn ? "Go to your workspaces" : "Go to the home page"}
            </Link>
          </>
        ) : preview.memberOfSlug ? (
          <>
            <h1 className="mb-2 text-xl font-semibold [overflow-wrap:anywhere]">You are already in {preview.workspaceName}</h1>
            <Link href={`/w/${preview.memberOfSlug}/projects`} className="text-indigo-700 underline">
              Open the workspace
            </Link>
          </>
        ) : (
          <>
            <h1 className="mb-2 text-xl font-semibold [overflow-wrap:anywhere]">Join {preview.workspaceName}</h1>
            <p className="mb-4 text-slate-700 [overflow-wrap:anywhere]">
              {preview.inviterName} invited you as {roleInSentence(preview.role)}.
            </p>
            <AcceptInvite token={token} />
          </>
        )}
      </Card>
    </main>
  );
}
