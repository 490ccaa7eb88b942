import { handleTrpcRequest } from "~/server/api/http-handler";
import { createContextInner } from "~/server/api/trpc";
import { getSessionUser } from "~/server/auth/session";
import { getDb } from "~/server/db";

export const dynamic = "force-dynamic";

const handler = (req: Request) =>
  handleTrpcRequest(req, async () => createContextInner({ db: await getDb(), user: await getSessionUser() }));

export { handler as GET, handler as POST };
