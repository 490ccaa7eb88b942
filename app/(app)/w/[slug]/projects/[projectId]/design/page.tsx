import type { Metadata } from "next";
import Link from "next/link";
import { CompletenessBar, ReviewDueBadge, StatusBadge } from "~/components/design/section-badges";
import { ReviewPeriodForm } from "~/components/design/review-period-form";
import { StartFromExample } from "~/components/design/start-from-example";
import { PageHeader } from "~/components/ui/page-header";
import { getCatalog } from "~/server/content/catalog";
import { REVIEW_DUE_LABELS } from "~/server/domain/design/section";
import { loadDesignProject } from "./load-design-project";

export const metadata: Metadata = { title: "Design document" };

export default async function DesignDocumentPage({ params }: { params: Promise<{ slug: string; projectId: string }> }) {
  const { slug, projectId } = await params;
  const { caller, project } = await loadDesignProject(slug, projectId);
  const doc = await caller.design.getDocument({ projectId });
  const titles = new Map(getCatalog().steps.map((s) => [s.n, s.title]));
  const base = `/w/${slug}/projects/${projectId}/design`;
  const untouched = doc.sections.every((s) => s.revision === 0);
  const done = doc.sections.filter((s) => s.status === "DONE").length;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/w/${slug}/projects/${projectId}`} className="text-indigo-700 underline">
          ← {project.name}
        </Link>
      </p>
      <PageHeader
        title={`Design document: ${project.name}`}
        description={`Ten steps from the business objective to responsible AI. ${done} of 10 done. A done section is flagged for review when the project changes stage or after ${doc.reviewPeriodDays} days.`}
        actions={
          <div className="flex flex-wrap gap-2 text-sm">
            <a href={`${base}/export`} className="rounded-md border border-slate-300 px-3 py-2 text-slate-900 hover:bg-slate-50">
              Download Markdown
            </a>
            <Link href={`${base}/print`} className="rounded-md border border-slate-300 px-3 py-2 text-slate-900 hover:bg-slate-50">
              Print view
            </Link>
          </div>
        }
      />
      {untouched && !project.archivedAt && <StartFromExample projectId={projectId} />}
      <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" aria-label="Sections">
        {doc.sections.map((s) => (
          <li key={s.step} className="flex flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
            <Link href={`${base}/${s.step}`} className="min-w-0 flex-1 basis-full break-words font-medium sm:basis-0 text-indigo-800 underline-offset-2 hover:underline">
              {s.step}. {titles.get(s.step)}
            </Link>
            <StatusBadge status={s.status} />
            <CompletenessBar percent={s.completeness.percent} />
            {s.reviewDue && (
              <span className="sr-only">{REVIEW_DUE_LABELS[s.reviewDue]}</span>
            )}
            <ReviewDueBadge reason={s.reviewDue} />
            {s.openComments > 0 && <span className="text-xs text-amber-900">{s.openComments} open comment{s.openComments === 1 ? "" : "s"}</span>}
            <span className="text-xs text-slate-600">{s.owner ? `Owner: ${s.owner.name}` : "No owner"}</span>
          </li>
        ))}
      </ol>
      {project.viewer.canManage && !project.archivedAt && <ReviewPeriodForm projectId={projectId} days={doc.reviewPeriodDays} />}
    </>
  );
}
