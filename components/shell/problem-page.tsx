// The body of the 404 and error pages: what happened in one sentence, and a way back.
import Link from "next/link";

export function ProblemPage({
  code,
  title,
  children,
  links,
}: {
  code: string;
  title: string;
  children: React.ReactNode;
  links: { href: string; label: string }[];
}) {
  return (
    <div className="mx-auto max-w-xl py-12">
      <p className="text-sm font-semibold uppercase tracking-wide text-indigo-700">{code}</p>
      <h1 className="mt-2 text-3xl font-bold text-slate-900">{title}</h1>
      <div className="mt-4 text-slate-700">{children}</div>
      <ul className="mt-6 flex flex-wrap gap-3">
        {links.map((l, i) => (
          <li key={l.href}>
            <Link
              href={l.href}
              className={
                i === 0
                  ? "inline-block rounded-md bg-indigo-700 px-4 py-2 font-medium text-white hover:bg-indigo-800"
                  : "inline-block rounded-md border border-slate-300 bg-white px-4 py-2 font-medium text-slate-900 hover:bg-slate-50"
              }
            >
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function BrandBar() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl items-center px-6 py-3">
        <Link href="/" className="text-lg font-semibold text-indigo-800">
          Causeway
        </Link>
      </div>
    </header>
  );
}
