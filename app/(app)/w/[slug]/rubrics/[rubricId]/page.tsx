import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { loadWorkspace } from "~/server/api/load-workspace";
import { HydrateClient, prefetch, trpc } from "~/server/api/rsc";
import { RubricEditor } from "./rubric-editor";

export const metadata: Metadata = { title: "Edit rubric" };

export default async function RubricPage({ params }: { params: Promise<{ slug: string; rubricId: string }> }) {
  const { slug, rubricId } = await params;
  const { caller, workspace } = await loadWorkspace(slug);
  const rubric = await caller.assess.getRubric({ workspaceId: workspace.id, rubricId }).catch((e: unknown) => {
    if (e instanceof TRPCError && (e.code === "NOT_FOUND" || e.code === "BAD_REQUEST")) return null;
    throw e;
  });
  if (!rubric) notFound();
  prefetch(trpc.assess.getRubric.queryOptions({ workspaceId: workspace.id, rubricId }));
  return (
    <HydrateClient>
      <p className="mb-2 text-sm">
        <Link href={`/w/${slug}/rubrics`} className="text-indigo-700 underline">
          ← All rubrics
        </Link>
      </p>
      <RubricEditor workspaceId={workspace.id} rubricId={rubricId} canEdit={workspace.role !== "MEMBER"} />
    </HydrateClient>
  );
}
