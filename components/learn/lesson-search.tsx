"use client";
// Client-side full-text search over the index built at build time (public/search-index.json).
import MiniSearch, { type SearchResult } from "minisearch";
import Link from "next/link";
import { useEffect, useMemo, useState } from "react";
import { SEARCH_OPTIONS } from "~/server/domain/search-index";

export function LessonSearch() {
  const [index, setIndex] = useState<MiniSearch | null>(null);
  const [failed, setFailed] = useState(false);
  const [query, setQuery] = useState("");

  useEffect(() => {
    fetch("/search-index.json")
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
      .then((json) => setIndex(MiniSearch.loadJSON(json, SEARCH_OPTIONS)))
      .catch(() => setFailed(true));
  }, []);

  const { results, ms } = useMemo(() => {
    if (!index || query.trim().length < 2) return { results: [] as SearchResult[], ms: 0 };
    const t0 = performance.now();
    const found = index.search(query).slice(0, 30);
    return { results: found, ms: performance.now() - t0 };
  }, [index, query]);

  return (
    <div>
      <label htmlFor="lesson-search" className="block text-sm font-medium text-slate-800">
        Search lessons and glossary
      </label>
      <input
        id="lesson-search"
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder="e.g. label shift, feature store, canary"
        className="mt-1 w-full max-w-xl rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900"
        autoFocus
      />
      {failed && <p role="alert" className="mt-3 text-sm text-red-800">The search index could not be loaded.</p>}
      {!index && !failed && <p className="mt-3 text-sm text-slate-600">Loading the index…</p>}
      {index && query.trim().length >= 2 && (
        <p role="status" className="mt-3 text-sm text-slate-600">
          {results.length} result{results.length === 1 ? "" : "s"} in {ms.toFixed(1)} ms
        </p>
      )}
      <ol className="mt-4 space-y-3">
        {results.map((r) => (
          <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <Link href={r.href as string} className="font-medium text-indigo-800 underline">
              {r.title as string}
            </Link>
            <p className="text-xs text-slate-600">{r.context as string}</p>
            <p className="mt-1 text-sm text-slate-700">{r.snippet as string}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
