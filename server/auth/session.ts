import { getServerSession } from "next-auth";
import { cache } from "react";
import { getAuthOptions } from "./options";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
}

// Cached per server render: a page and the tRPC context it builds read the session once.
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(getAuthOptions());
  const user = session?.user;
  if (!user?.id || !user.email) return null;
  return { id: user.id, email: user.email, name: user.name ?? user.email };
});
