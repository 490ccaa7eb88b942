"use client";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { StageBadge } from "./stage-badge";

export function ProjectList({ workspaceId, slug }: { workspaceId: string; slug: string }) {
  const trpc = useTRPC();
  const [archived, setArchived] = useState(false);
  const projects = useQuery(trpc.project.list.queryOptions({ workspaceId, archived }));
  return (
    <section aria-labelledby="project-list-heading">
      <div className="mb-3 flex items-center justify-between">
        <h2 id="project-list-heading" className="text-lg font-semibold">
          {archived ? "Archived projects" : "Active projects"}
        </h2>
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" checked={archived} onChange={(e) => setArchived(e.target.checked)} className="h-4 w-4" />
          Show archived
        </label>
      </div>
      <ErrorMessage error={projects.error} />
      {projects.isPending ? (
        <p className="text-sm text-slate-600">Loading projects…</p>
      ) : projects.data?.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-700">
          {archived ? "No archived projects." : "No projects yet. Create the first one with the form."}
        </p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {projects.data?.map((p) => (
            <li key={p.id} className="p-4">
              <div className="flex items-start justify-between gap-4">
                <div>
                  <Link href={`/w/${slug}/projects/${p.id}`} className="font-medium text-indigo-800 underline-offset-2 hover:underline">
                    {p.name}
                  </Link>
                  {p.description && <p className="mt-1 line-clamp-2 text-sm text-slate-700">{p.description}</p>}
                  <p className="mt-1 text-xs text-slate-600">Owner: {p.owner.name}</p>
                </div>
                <StageBadge stage={p.stage} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
