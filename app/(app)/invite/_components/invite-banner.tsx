import { roleInSentence } from "~/components/vocabulary";
import { inviteTokenIn, loadInvitePreview } from "./load-invite-preview";

/** On the sign-up page: who invited the newcomer to which workspace, when they came from a live link. */
export async function InviteBanner({ returnTo }: { returnTo: string | undefined }) {
  const token = inviteTokenIn(returnTo);
  if (!token) return null;
  const preview = await loadInvitePreview(token);
  if ("error" in preview) return null;
  return (
    <div role="status" className="mb-4 rounded-md border border-indigo-200 bg-indigo-50 px-4 py-3 text-sm text-indigo-950 [overflow-wrap:anywhere]">
      <strong>{preview.inviterName}</strong> invited you to join <strong>{preview.workspaceName}</strong> as {roleInSentence(preview.role)}. Create an
      account (or sign in) to accept.
    </div>
  );
}
