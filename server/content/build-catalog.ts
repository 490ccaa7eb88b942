// The learning catalogue derived from validated content: chapters in order, glossary terms with
// the chapters that use them, and look-ups the pages and the API share.
import { checklistItems } from "../domain/checklist";
import type { ContentSet } from "./content-checks";
import { countWords, mdxToPlainText } from "./content-text";
import type { ChapterFrontmatter, GlossaryEntry, LearningPaths, ModelNode, PlanStep } from "./schemas";

export interface CatalogChapter extends ChapterFrontmatter {
  words: number;
  href: string;
  /** Keys of the "Apply it" checklist items, in order (see ./checklist.ts). */
  checklist: string[];
}

export interface CatalogTerm extends GlossaryEntry {
  chapters: number[]; // chapters that introduce or use the term
}

export interface Catalog {
  chapters: CatalogChapter[];
  glossary: CatalogTerm[];
  nodes: ModelNode[];
  steps: PlanStep[];
  paths: LearningPaths;
}

export function buildCatalog(set: ContentSet): Catalog {
  const chapters = set.chapters.map((c) => ({ ...c.meta, words: countWords(mdxToPlainText(c.body)), href: `/learn/${c.meta.slug}`,
    checklist: checklistItems(c.body).items.map((i) => i.key),
  }));
  const glossary = set.glossary
    .flatMap((g) => g.entries)
    .map((entry) => ({
      ...entry,
      chapters: set.chapters
        .filter((c) => c.meta.glossary.includes(entry.id) || c.body.includes(`<Term id="${entry.id}"`))
        .map((c) => c.meta.number),
    }))
    .sort((a, b) => a.term.localeCompare(b.term));
  return { chapters, glossary, nodes: set.nodes, steps: set.steps, paths: set.paths };
}

/** "Book ch. 6" or "Book epilogue": where a reader finds the guide's topic in the book. */
export function bookChapterLabel(c: Pick<ChapterFrontmatter, "bookChapter">): string {
  return c.bookChapter === "epilogue" ? "Book epilogue" : `Book ch. ${c.bookChapter}`;
}

export function chapterBySlug(catalog: Catalog, slug: string): CatalogChapter | undefined {
  return catalog.chapters.find((c) => c.slug === slug);
}
