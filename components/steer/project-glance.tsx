// Each project's latest state at a glance: the band of every lever and condition in its latest
// closed round, or "no round yet" with the way to start one.
import Link from "next/link";
import { BAND_STYLES } from "~/components/causal/bands";
import { formatDate } from "~/components/assess/labels";
import type { PortfolioColumn, PortfolioRow } from "./portfolio-table";
import { bandOf } from "./score-text";

export function ProjectGlance({ slug, columns, rows }: { slug: string; columns: PortfolioColumn[]; rows: PortfolioRow[] }) {
  if (!rows.length) return <p className="text-sm text-slate-700">No active projects yet. <Link href={`/w/${slug}/projects`} className="text-indigo-700 underline">Create one</Link>.</p>;
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {rows.map((r) => (
        <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-4">
          <h3 className="text-base font-semibold break-words">
            <Link href={`/w/${slug}/projects/${r.id}/dashboard`} className="text-indigo-700 underline">
              {r.name}
            </Link>
          </h3>
          {!r.latest ? (
            <p className="mt-1 text-sm text-slate-700">
              No round yet.{" "}
              <Link href={`/w/${slug}/projects/${r.id}/assess`} className="text-indigo-700 underline">
                Assessment rounds
              </Link>
            </p>
          ) : (
            <>
              <p className="mt-1 text-sm break-words text-slate-600">
                {r.latest.title}, closed {formatDate(r.latest.closedAt)}
              </p>
              <ul className="mt-2 grid gap-1 text-xs sm:grid-cols-2">
                {columns.map((c) => {
                  const s = r.latest!.scores[c.id];
                  const band = s === null || s === undefined ? null : bandOf(c.kind, s);
                  return (
                    <li key={c.id} className="flex items-start gap-1.5">
                      <span aria-hidden className="mt-0.5 inline-block size-3 shrink-0 rounded-sm border border-slate-400" style={{ background: band ? BAND_STYLES[band.index]!.swatch : "#fff" }} />
                      <span className="text-slate-800">
                        {c.name}: <span className="font-medium">{band ? `${c.kind === "condition" ? "risk " : ""}${band.name}` : "not scored"}</span>
                      </span>
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
