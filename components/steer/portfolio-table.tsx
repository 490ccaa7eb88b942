"use client";
// Projects × levers and conditions from each project's latest closed round, sortable by any
// column (weakest first), each project linking to its dashboard. For spotting where help is
// needed; the page says so.
import Link from "next/link";
import { useMemo, useState } from "react";
import { formatDate } from "~/components/assess/labels";
import { BandCell } from "./band-cell";
import type { GroupKind } from "./score-text";

export interface PortfolioColumn {
  id: string;
  name: string;
  kind: GroupKind;
}

export interface PortfolioRow {
  id: string;
  name: string;
  latest: { title: string; closedAt: Date; scores: Record<string, number | null> } | null;
}

interface Props {
  slug: string;
  columns: PortfolioColumn[];
  rows: PortfolioRow[];
}

type Sort = { key: "name" } | { key: "group"; id: string };

/** Weakest first: lowest maturity for a lever, highest risk for a condition; unscored last. */
function weakness(row: PortfolioRow, column: PortfolioColumn): number {
  const s = row.latest?.scores[column.id];
  if (s === null || s === undefined) return Number.POSITIVE_INFINITY;
  return column.kind === "condition" ? -s : s;
}

export function PortfolioTable({ slug, columns, rows }: Props) {
  const [sort, setSort] = useState<Sort>({ key: "name" });
  const sorted = useMemo(() => {
    if (sort.key === "name") return [...rows].sort((a, b) => a.name.localeCompare(b.name));
    const column = columns.find((c) => c.id === sort.id)!;
    return [...rows].sort((a, b) => weakness(a, column) - weakness(b, column) || a.name.localeCompare(b.name));
  }, [rows, columns, sort]);
  const sortedBy = (key: Sort) => (sort.key === key.key && (sort.key === "name" || (key.key === "group" && sort.id === key.id)) ? "ascending" : "none");

  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-xs">
        <caption className="sr-only">Portfolio: each project&apos;s latest closed round, levers and conditions. Column buttons sort, weakest first.</caption>
        <thead className="bg-slate-50 align-bottom text-slate-700">
          <tr>
            <th scope="col" aria-sort={sortedBy({ key: "name" })} className="p-2">
              <button type="button" onClick={() => setSort({ key: "name" })} className="text-left font-semibold underline-offset-2 hover:underline focus-visible:ring-2 focus-visible:ring-indigo-600 focus-visible:outline-none">
                Project
              </button>
            </th>
            {columns.map((c) => (
              <th key={c.id} scope="col" aria-sort={sortedBy({ key: "group", id: c.id })} className="min-w-20 p-2">
                <button type="button" onClick={() => setSort({ key: "group", id: c.id })} className="text-left font-semibold break-words underline-offset-2 hover:underline focus-visible:ring-2 focus-visible:ring-indigo-600 focus-visible:outline-none">
                  {c.name}
                  <span className="block font-normal">{c.kind === "condition" ? "risk" : "maturity"}</span>
                  <span className="sr-only">, sort weakest first</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.id} className="border-t border-slate-200">
              <th scope="row" className="min-w-36 p-2 font-medium">
                <Link href={`/w/${slug}/projects/${r.id}/dashboard`} className="break-words text-indigo-700 underline">
                  {r.name}
                </Link>
                <span className="block font-normal text-slate-600">{r.latest ? `${r.latest.title}, ${formatDate(r.latest.closedAt)}` : "no round yet"}</span>
              </th>
              {columns.map((c) => (
                <BandCell key={c.id} kind={c.kind} score={r.latest?.scores[c.id]} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
