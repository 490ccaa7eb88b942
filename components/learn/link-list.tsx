import Link from "next/link";

/** An inline, comma-separated list of links: "Taught in: 5. Training Data, 10. …". */
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

export const chapterLink = (c: { href: string; number: number; title: string }) => ({ href: c.href, label: `${c.number}. ${c.title}` });
