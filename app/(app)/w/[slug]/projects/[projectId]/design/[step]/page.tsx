import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { GuidancePanel } from "~/components/design/guidance-panel";
import { SectionWorkspace } from "~/components/design/section-workspace";
import { TrackedObjectives } from "~/components/design/tracked-objectives";
import { PageHeader } from "~/components/ui/page-header";
import { HydrateClient, prefetch, trpc } from "~/server/api/rsc";
import { getCatalog, getCompiledPlanGuide } from "~/server/content/catalog";
import { isStepNumber } from "~/server/domain/design/steps";
import { loadDesignProject } from "../load-design-project";

export const metadata: Metadata = { title: "Design step" };

export default async function DesignStepPage({ params }: { params: Promise<{ slug: string; projectId: string; step: string }> }) {
  const { slug, projectId, step: raw } = await params;
  const n = Number(raw);
  if (!/^\d{1,2}$/.test(raw) || !isStepNumber(n)) notFound();
  const { me, workspace, project } = await loadDesignProject(slug, projectId);
  const catalog = getCatalog();
  const planStep = catalog.steps.find((s) => s.n === n)!;
  prefetch(trpc.design.getSection.queryOptions({ projectId, step: n }));
  prefetch(trpc.member.list.queryOptions({ workspaceId: workspace.id }));
  const base = `/w/${slug}/projects/${projectId}/design`;

  return (
    <HydrateClient>
      <nav aria-label="Design document" className="mb-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <Link href={base} className="text-indigo-700 underline">
          ← All ten steps of {project.name}
        </Link>
        {n > 1 && (
          <Link href={`${base}/${n - 1}`} className="text-indigo-700 underline">
            Previous step
          </Link>
        )}
        {n < 10 && (
          <Link href={`${base}/${n + 1}`} className="text-indigo-700 underline">
            Next step
          </Link>
        )}
      </nav>
      <PageHeader title={`${n}. ${planStep.title}`} description={project.archivedAt ? "This project is archived: the document is read-only." : undefined} />
      {n === 1 && <TrackedObjectives slug={slug} projectId={projectId} canTrack={project.viewer.canManage && !project.archivedAt} />}
      <SectionWorkspace
        projectId={projectId}
        workspaceId={workspace.id}
        step={n}
        meId={me.id}
        readOnly={Boolean(project.archivedAt)}
        guidance={<GuidancePanel step={n} guide={getCompiledPlanGuide(n)} />}
      />
    </HydrateClient>
  );
}
