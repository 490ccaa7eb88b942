"use client";
// Client-side full-text search over the index built at build time (public/search-index.json).
// A search that finds nothing suggests glossary terms spelled like the query, or a few starting
// terms, and the chapters to browse.
import MiniSearch, { type SearchResult } from "minisearch";
import Link from "next/link";
import { useEffect, useMemo, useState } from "react";
import { SEARCH_OPTIONS } from "~/server/content/search-index";

export interface SearchChapter {
  number: number;
  /** "Book ch. 7" */
  book: string;
  title: string;
  href: string;
}

/**
 * The index's plain text keeps a space where inline markup was ("quality .") and the dash of each
 * list item ("document. - List every source"): close those gaps and drop the list dashes.
 */
export function tidySnippet(text: string): string {
  return text
    .replace(/(^|[.:;!?]\s)\s*-\s+/g, "$1")
    .replace(/\s+([.,;:!?)\]…])/g, "$1")
    .replace(/([([])\s+/g, "$1")
    .replace(/\s{2,}/g, " ");
}

export function LessonSearch({ chapters, starterTerms }: { chapters: SearchChapter[]; starterTerms: string[] }) {
  const [index, setIndex] = useState<MiniSearch | null>(null);
  const [failed, setFailed] = useState(false);
  const [query, setQuery] = useState("");

  useEffect(() => {
    fetch("/search-index.json")
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
      .then((json) => setIndex(MiniSearch.loadJSON(json, SEARCH_OPTIONS)))
      .catch(() => setFailed(true));
  }, []);

  const searching = Boolean(index) && query.trim().length >= 2;
  const { results, ms, nearTerms } = useMemo(() => {
    if (!index || query.trim().length < 2) return { results: [] as SearchResult[], ms: 0, nearTerms: [] as string[] };
    const t0 = performance.now();
    const found = index.search(query).slice(0, 30);
    const elapsed = performance.now() - t0;
    // Nothing found: glossary terms whose name is spelled close to the query ("drfit" → "Concept drift").
    const near = found.length
      ? []
      : index
          .search(query, { fields: ["title"], fuzzy: 0.4, prefix: true, filter: (r) => r.kind === "glossary" })
          .slice(0, 5)
          .map((r) => r.title as string);
    return { results: found, ms: elapsed, nearTerms: near };
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
      {searching && (
        <p role="status" className="mt-3 text-sm text-slate-600">
          {results.length} result{results.length === 1 ? "" : "s"} in {ms.toFixed(1)} ms
        </p>
      )}
      {searching && results.length === 0 && (
        <NoResults query={query.trim()} nearTerms={nearTerms} starterTerms={starterTerms} chapters={chapters} onSearch={setQuery} />
      )}
      <ol className="mt-4 space-y-3">
        {results.map((r) => (
          <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <Link href={r.href as string} className="break-words font-medium text-indigo-800 underline">
              {r.title as string}
            </Link>
            <p className="text-xs text-slate-600">{r.context as string}</p>
            <p className="mt-1 break-words text-sm text-slate-700">{tidySnippet(r.snippet as string)}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}

function NoResults({
  query,
  nearTerms,
  starterTerms,
  chapters,
  onSearch,
}: {
  query: string;
  nearTerms: string[];
  starterTerms: string[];
  chapters: SearchChapter[];
  onSearch: (term: string) => void;
}) {
  const terms = nearTerms.length ? nearTerms : starterTerms;
  return (
    <section aria-labelledby="no-results-heading" className="mt-4 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="no-results-heading" className="break-words font-medium text-slate-900">
        Nothing matches “{query}”
      </h2>
      {terms.length > 0 && (
        <>
          <p className="mt-2 text-sm text-slate-700">{nearTerms.length ? "Did you mean one of these glossary terms?" : "Try one of these terms instead:"}</p>
          <ul className="mt-2 flex flex-wrap gap-2" aria-label="Suggested searches">
            {terms.map((t) => (
              <li key={t}>
                <button
                  type="button"
                  onClick={() => onSearch(t)}
                  className="rounded-full border border-indigo-200 bg-indigo-50 px-3 py-1 text-sm font-medium text-indigo-900 hover:bg-indigo-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-700"
                >
                  Search for {t}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="mt-4 text-sm text-slate-700">Or browse a chapter:</p>
      <ol className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2" aria-label="Chapters">
        {chapters.map((c) => (
          <li key={c.href}>
            <Link href={c.href} className="text-indigo-800 underline underline-offset-2">
              {c.number}. {c.title} ({c.book})
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
