"use client";
// Active projects, and below them (when asked) the archived ones: showing archived adds to the
// list rather than replacing it.
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { StageBadge } from "./stage-badge";
import type { ProjectStage } from "~/components/vocabulary";

interface ProjectRow {
  id: string;
  name: string;
  description: string;
  stage: ProjectStage;
  owner: { name: string };
}

function Rows({ slug, projects, label }: { slug: string; projects: ProjectRow[]; label: string }) {
  return (
    <ul aria-label={label} className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {projects.map((p) => (
        <li key={p.id} className="p-4">
          <div className="flex items-start justify-between gap-4">
            <div className="min-w-0">
              <Link href={`/w/${slug}/projects/${p.id}`} className="font-medium text-indigo-800 underline-offset-2 [overflow-wrap:anywhere] hover:underline">
                {p.name}
              </Link>
              {p.description && <p className="mt-1 line-clamp-2 text-sm text-slate-700 [overflow-wrap:anywhere]">{p.description}</p>}
              <p className="mt-1 text-xs text-slate-600 [overflow-wrap:anywhere]">Owner: {p.owner.name}</p>
            </div>
            <StageBadge stage={p.stage} />
          </div>
        </li>
      ))}
    </ul>
  );
}

const emptyBox = "rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-700";

export function ProjectList({ workspaceId, slug }: { workspaceId: string; slug: string }) {
  const trpc = useTRPC();
  const [showArchived, setShowArchived] = useState(false);
  const active = useQuery(trpc.project.list.queryOptions({ workspaceId, archived: false }));
  const noActive = active.data?.length === 0;
  // Archived projects are fetched when shown, or when there are no active ones (to word the empty state).
  const archived = useQuery({ ...trpc.project.list.queryOptions({ workspaceId, archived: true }), enabled: showArchived || noActive });
  const archivedCount = archived.data?.length ?? 0;

  return (
    <section aria-labelledby="project-list-heading" className="min-w-0">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id="project-list-heading" className="text-lg font-semibold">
          Active projects
        </h2>
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} className="h-4 w-4" />
          Show archived
        </label>
      </div>
      <ErrorMessage error={active.error ?? archived.error} />
      {active.isPending ? (
        <p className="text-sm text-slate-600">Loading projects…</p>
      ) : noActive ? (
        <p className={emptyBox}>
          {archivedCount > 0
            ? `No active projects. ${archivedCount} archived project${archivedCount === 1 ? " is" : "s are"} ${showArchived ? "listed below" : "hidden: tick Show archived to see them"}.`
            : "No projects yet. Create the first one with the form."}
        </p>
      ) : (
        <Rows slug={slug} projects={active.data ?? []} label="Active projects" />
      )}
      {showArchived && (
        <div className="mt-6">
          <h2 className="mb-3 text-lg font-semibold">Archived projects</h2>
          {archived.isPending ? (
            <p className="text-sm text-slate-600">Loading archived projects…</p>
          ) : archivedCount === 0 ? (
            <p className={emptyBox}>No archived projects.</p>
          ) : (
            <Rows slug={slug} projects={archived.data ?? []} label="Archived projects" />
          )}
        </div>
      )}
    </section>
  );
}
