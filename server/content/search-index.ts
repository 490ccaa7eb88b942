// Full-text search over lessons and glossary with MiniSearch. The index is built at build time
// (scripts/build-content.ts) and loaded by the browser with the same options.
import { bookChapterLabel, type Catalog } from "./build-catalog";
import { splitSections } from "./content-text";

export interface SearchDocument {
  id: string;
  kind: "lesson" | "glossary";
  title: string;
  context: string;
  text: string;
  snippet: string;
  href: string;
}

export const SEARCH_OPTIONS = {
  fields: ["title", "text"],
  storeFields: ["kind", "title", "context", "href", "snippet"],
  searchOptions: { boost: { title: 3 }, prefix: true, fuzzy: 0.2 },
};

export function buildSearchDocuments(catalog: Catalog, bodies: Map<string, string>, slugForHeading: (text: string, slug: string) => string): SearchDocument[] {
  const docs: SearchDocument[] = [];
  for (const c of catalog.chapters) {
    const body = bodies.get(c.slug) ?? "";
    splitSections(body).forEach((section, i) => {
      docs.push({
        id: `${c.slug}#${i}`,
        kind: "lesson",
        title: section.heading ?? c.title,
        context: `Chapter ${c.number}: ${c.title} · ${bookChapterLabel(c)}`,
        text: section.text,
        snippet: snippet(section.text),
        href: section.heading ? `${c.href}#${slugForHeading(section.heading, c.slug)}` : c.href,
      });
    });
  }
  for (const t of catalog.glossary) {
    docs.push({ id: `glossary:${t.id}`, kind: "glossary", title: t.term, context: "Glossary", text: t.definition, snippet: snippet(t.definition), href: `/learn/glossary#${t.id}` });
  }
  return docs;
}

function snippet(text: string): string {
  return text.length <= 180 ? text : `${text.slice(0, 177).replace(/\s+\S*$/, "")}…`;
}
