import "server-only";
// The invite preview for a server component: the preview, or the sentence that says why the link
// cannot be used. Used by the invite page and the sign-up page's banner.
import { TRPCError } from "@trpc/server";
import { getServerCaller } from "~/server/api/rsc";

export async function loadInvitePreview(token: string) {
  const caller = await getServerCaller();
  return caller.invite.preview({ token }).catch((e: unknown) => {
    // A malformed token is just an invalid link to the person holding it.
    if (e instanceof TRPCError && e.code === "BAD_REQUEST") return { error: "This invite link is not valid. Check that you copied all of it, or ask for a new one." };
    if (e instanceof TRPCError && e.code !== "INTERNAL_SERVER_ERROR") return { error: e.message };
    throw e;
  });
}

/** The token when a return path is an invite link (`/invite/<token>`), else null. */
export function inviteTokenIn(path: string | undefined): string | null {
  const match = /^\/invite\/([A-Za-z0-9_-]{16,128})$/.exec(path ?? "");
  return match ? match[1]! : null;
}
