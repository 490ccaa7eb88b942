"use client";
// Every project's objectives in one sortable table. Sorted worst status first by default.
import Link from "next/link";
import { useState } from "react";
import { StatusBadge } from "./status-badge";
import { formatPercent, STATUSES, type WorkspaceAlignment } from "./vocabulary";

type Row = WorkspaceAlignment["objectives"][number];
type Key = "status" | "project" | "objective" | "lastCheckIn" | "daysLeft";

const compare: Record<Key, (a: Row, b: Row) => number> = {
  status: (a, b) => STATUSES.indexOf(b.status) - STATUSES.indexOf(a.status) || (a.lastCheckIn ?? "").localeCompare(b.lastCheckIn ?? ""),
  project: (a, b) => a.projectName.localeCompare(b.projectName),
  objective: (a, b) => a.statement.localeCompare(b.statement),
  lastCheckIn: (a, b) => (a.lastCheckIn ?? "").localeCompare(b.lastCheckIn ?? ""),
  daysLeft: (a, b) => (a.daysLeft ?? Infinity) - (b.daysLeft ?? Infinity),
};

const COLUMNS: { key: Key; label: string }[] = [
  { key: "status", label: "Status" },
  { key: "project", label: "Project" },
  { key: "objective", label: "Objective" },
  { key: "lastCheckIn", label: "Last check-in" },
  { key: "daysLeft", label: "Days left" },
];

export function WorkspaceAlignmentTable({ slug, rows }: { slug: string; rows: Row[] }) {
  const [sort, setSort] = useState<{ key: Key; descending: boolean }>({ key: "status", descending: false });
  if (rows.length === 0) {
    return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-700">No project has a business objective yet. Open a project and choose Alignment to add one.</p>;
  }
  const sorted = [...rows].sort((a, b) => (sort.descending ? -1 : 1) * compare[sort.key](a, b));
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Objectives of every project, sortable by column</caption>
        <thead className="bg-slate-50">
          <tr>
            {COLUMNS.map((c) => (
              <th key={c.key} scope="col" className="px-3 py-2" aria-sort={sort.key === c.key ? (sort.descending ? "descending" : "ascending") : "none"}>
                <button
                  type="button"
                  className="font-semibold underline-offset-2 hover:underline"
                  onClick={() => setSort((s) => ({ key: c.key, descending: s.key === c.key ? !s.descending : false }))}
                >
                  {c.label}
                  {sort.key === c.key ? (sort.descending ? " ↑" : " ↓") : ""}
                </button>
              </th>
            ))}
            <th scope="col" className="px-3 py-2">
              Why
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.id} className="border-t border-slate-200 align-top">
              <td className="px-3 py-2">
                <StatusBadge status={r.status} />
              </td>
              <td className="px-3 py-2">
                <Link href={`/w/${slug}/projects/${r.projectId}/alignment`} className="text-indigo-800 underline">
                  {r.projectName}
                </Link>
              </td>
              <td className="px-3 py-2 break-words">
                {r.statement}
                <span className="block text-xs text-slate-600">
                  {r.metricName}
                  {r.progress !== null ? ` · ${formatPercent(r.progress)} of the way` : ""}
                  {r.owner ? ` · ${r.owner.name}` : ""}
                </span>
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{r.lastCheckIn ?? "never"}</td>
              <td className="px-3 py-2">{r.daysLeft ?? "—"}</td>
              <td className="px-3 py-2 break-words text-slate-700">{r.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
