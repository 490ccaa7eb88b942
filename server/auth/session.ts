import { cookies } from "next/headers";
import { cache } from "react";
import { getDb } from "../db";
import { getAuthSecret } from "./secret";
import { resolveSessionUser } from "./session-version";
import { decodeSessionToken, readSessionCookie, sessionCookieName } from "./session-token";

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
  const jar = await cookies();
  const token = readSessionCookie((name) => jar.get(name)?.value, sessionCookieName(process.env.NEXTAUTH_URL));
  if (!token) return null;
  const claims = await decodeSessionToken(token, getAuthSecret());
  if (!claims) return null;
  return resolveSessionUser(await getDb(), { id: claims.sub, sv: claims.sv });
});
