import { getServerSession } from "next-auth";
import { cache } from "react";
import { getDb } from "../db";
import { getAuthOptions } from "./options";
import { resolveSessionUser } from "./session-version";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
}

/**
 * The signed-in user for this request, or null. The token is checked against the database: a user
 * who was deleted, signed out everywhere or changed their password since the token was issued is
 * signed out. The same read gives the current name and email. Cached per server render.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(getAuthOptions());
  const claimed = session?.user;
  if (!claimed?.id) return null;
  return resolveSessionUser(await getDb(), claimed);
});
