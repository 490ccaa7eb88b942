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

export function getAuthOptions(): NextAuthOptions {
  options ??= {
    secret: getAuthSecret(),
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials) {
          if (!credentials?.email || !credentials.password) throw new Error("Enter your email and password.");
          const result = await authenticateWithPassword(await getDb(), credentials.email, credentials.password);
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
          ? await db.user.update({ where: { id: existing.id }, data: { githubId }, select: { id: true } })
          : await db.user.create({ data: { email, githubId, name: user.name ?? email.split("@")[0]! }, select: { id: true } });
        user.id = saved.id;
        return true;
      },
      jwt({ token, user }) {
        if (user) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        if (session.user && token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
  return options;
}
