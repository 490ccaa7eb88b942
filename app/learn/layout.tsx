import { SkipLink } from "~/components/shell/skip-link";
import Link from "next/link";
import { WorkspaceReturnLink } from "~/components/shell/workspace-return-link";

const LINKS = [
  { href: "/learn", label: "Chapters" },
  { href: "/learn/glossary", label: "Glossary" },
  { href: "/learn/levers", label: "Design levers" },
  { href: "/learn/plan", label: "Ten-step plan" },
  { href: "/learn/search", label: "Search" },
];

// Static on purpose: lesson pages are prerendered HTML; per-user parts are client islands.
export default function LearnLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="min-h-screen">
      <SkipLink />
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-6 py-3">
          <Link href="/" className="text-lg font-semibold text-indigo-800">
            Causeway
          </Link>
          <nav aria-label="Learn" className="flex flex-wrap gap-1">
            {LINKS.map((l) => (
              <Link key={l.href} href={l.href} className="rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100">
                {l.label}
              </Link>
            ))}
          </nav>
          <WorkspaceReturnLink className="ml-auto text-sm font-medium text-indigo-800 underline" />
        </div>
      </header>
      <main id="content" className="mx-auto max-w-6xl px-6 py-8">
        {children}
      </main>
    </div>
  );
}
