import Link from "next/link";

const SECTIONS = [
  { path: "design", label: "Design document" },
  { path: "assess", label: "Assessment rounds" },
  { path: "alignment", label: "Alignment" },
  { path: "dashboard", label: "Dashboard" },
] as const;

/** The project's pillars, one link each: the project page is the project's home. */
export function ProjectSections({ slug, projectId }: { slug: string; projectId: string }) {
  return (
    <nav aria-label="Project sections" className="mb-4">
      <ul className="flex flex-wrap gap-2 text-sm">
        {SECTIONS.map((s) => (
          <li key={s.path}>
            <Link
              href={`/w/${slug}/projects/${projectId}/${s.path}`}
              className="inline-block rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-indigo-800 hover:border-indigo-400 hover:bg-indigo-50"
            >
              {s.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
