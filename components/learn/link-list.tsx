import Link from "next/link";
import { bookChapterLabel } from "~/server/content/build-catalog";
import type { ChapterFrontmatter } from "~/server/content/schemas";

/** An inline, comma-separated list of links: "Taught in: 5. Training Data (Book ch. 4), 10. …". */
export function LinkList({ links }: { links: { href: string; label: string }[] }) {
  return links.map((l, i) => (
    <span key={l.href}>
      {i > 0 && ", "}
      <Link href={l.href} className="text-indigo-800 underline">
        {l.label}
      </Link>
    </span>
  ));
}

export const chapterLink = (c: Pick<ChapterFrontmatter, "number" | "title" | "bookChapter"> & { href: string }) => ({
  href: c.href,
  label: `${c.number}. ${c.title} (${bookChapterLabel(c)})`,
});
