"use client";
// Under a lesson's "Apply it" checklist: links straight to this step of the reader's own design
// documents. Shown only to a signed-in reader who has projects; the static page stays the same.
import Link from "next/link";
import { useEffect, useState } from "react";
import { getMyRecentProjects } from "~/server/actions/learn";

type RecentProject = { id: string; name: string; workspaceSlug: string; workspaceName: string };

export function OpenInProject({ step, stepTitle }: { step: number; stepTitle: string }) {
  const [projects, setProjects] = useState<RecentProject[]>([]);
  useEffect(() => {
    let live = true;
    void getMyRecentProjects().then((r) => {
      if (live && r.ok) setProjects(r.data);
    });
    return () => {
      live = false;
    };
  }, []);
  if (projects.length === 0) return null;
  return (
    <section aria-label="Apply it in your projects" className="not-prose mt-4 rounded-md border border-indigo-200 bg-indigo-50 p-3 text-sm">
      <p className="font-medium text-slate-900">
        Open step {step}, {stepTitle}, in your design document:
      </p>
      <ul className="mt-2 flex flex-wrap gap-2">
        {projects.map((p) => (
          <li key={p.id}>
            <Link
              href={`/w/${p.workspaceSlug}/projects/${p.id}/design/${step}`}
              className="inline-block rounded-md border border-indigo-300 bg-white px-3 py-1 font-medium text-indigo-800 [overflow-wrap:anywhere] hover:bg-indigo-100"
            >
              {p.name} <span className="font-normal text-slate-600">({p.workspaceName})</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
