import NextAuth from "next-auth";
import { getAuthOptions } from "~/server/auth/options";

export const dynamic = "force-dynamic";

type Handler = (req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

// Built per request so the secret is read at run time, never during `next build`.
const handler: Handler = (req, ctx) => (NextAuth(getAuthOptions()) as unknown as Handler)(req, ctx);

export { handler as GET, handler as POST };
