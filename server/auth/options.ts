// next-auth configuration: email + password (always), GitHub (when GITHUB_ID/GITHUB_SECRET are set).
// Sessions are JWTs signed with the secret from ./secret, so any instance can verify them.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import { getDb } from "../db";
import { env } from "../env";
import { authenticateWithPassword } from "./authenticate";
import { getAuthSecret } from "./secret";

export const githubEnabled = Boolean(env.GITHUB_ID && env.GITHUB_SECRET);

let options: NextAuthOptions | undefined;

/** The client's address for throttling: the first hop a proxy recorded, else the direct peer. */
function clientAddress(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  return first?.slice(0, 64) || "unknown";
}

export function getAuthOptions(): NextAuthOptions {
  // next-auth builds its redirect URLs from NEXTAUTH_URL; without one, follow the port we serve on.
  process.env.NEXTAUTH_URL ??= `http://localhost:${process.env.PORT ?? 3000}`;
  options ??= {
    secret: getAuthSecret(),
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          if (!credentials?.email || !credentials.password) throw new Error("Enter your email and password.");
          const result = await authenticateWithPassword(await getDb(), credentials.email, credentials.password, new Date(), clientAddress(req.headers));
          if (!result.ok) throw new Error(result.message);
          return result.user;
        },
      }),
      ...(githubEnabled ? [GitHubProvider({ clientId: env.GITHUB_ID!, clientSecret: env.GITHUB_SECRET! })] : []),
    ],
    callbacks: {
      async signIn({ account, profile, user }) {
        if (account?.provider !== "github") return true;
        const email = (profile?.email ?? user.email)?.toLowerCase();
        if (!email) return "/signin?error=GitHubEmail";
        const db = await getDb();
        const githubId = String(account.providerAccountId);
        const existing = await db.user.findFirst({ where: { OR: [{ githubId }, { email }] }, select: { id: true } });
        const saved = existing
          ? await db.user.update({ where: { id: existing.id }, data: { githubId }, select: { id: true, sessionVersion: true } })
          : await db.user.create({ data: { email, githubId, name: user.name ?? email.split("@")[0]! }, select: { id: true, sessionVersion: true } });
        user.id = saved.id;
        user.sessionVersion = saved.sessionVersion;
        return true;
      },
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.sv = user.sessionVersion ?? 0;
        }
        return token;
      },
      session({ session, token }) {
        if (session.user && token.sub) {
          session.user.id = token.sub;
          session.user.sv = token.sv ?? 0;
        }
        return session;
      },
    },
  };
  return options;
}
