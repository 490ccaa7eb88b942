// Downloads the design document as a Markdown file.
import { TRPCError } from "@trpc/server";
import { getServerCaller } from "~/server/api/rsc";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; projectId: string }> }) {
  const { projectId } = await params;
  const caller = await getServerCaller();
  try {
    const { projectName, markdown } = await caller.design.exportMarkdown({ projectId });
    const file = `${projectName.replace(/[^A-Za-z0-9 _-]/g, "").trim().replace(/\s+/g, "-").toLowerCase() || "design"}-design.md`;
    return new Response(markdown, {
      headers: { "Content-Type": "text/markdown; charset=utf-8", "Content-Disposition": `attachment; filename="${file}"`, "Cache-Control": "no-store" },
    });
  } catch (e) {
    if (e instanceof TRPCError && e.code === "UNAUTHORIZED") return new Response("Sign in to continue.", { status: 401 });
    if (e instanceof TRPCError && (e.code === "NOT_FOUND" || e.code === "BAD_REQUEST")) return new Response("Not found.", { status: 404 });
    throw e;
  }
}
