import Link from "next/link";
import { useId } from "react";

/** A glossary term in a lesson: hovering or focusing it shows the definition (CSS only, no script). */
export function Term({ id, term, definition, children }: { id: string; term: string; definition: string; children: React.ReactNode }) {
  const tipId = useId();
  return (
    <span className="group relative">
      <Link href={`/learn/glossary#${id}`} aria-describedby={tipId} className="font-medium text-indigo-800 underline decoration-dotted underline-offset-4">
        {children}
      </Link>
      <span
        role="tooltip"
        id={tipId}
        className="pointer-events-none invisible absolute bottom-full left-0 z-20 mb-2 w-72 rounded-md bg-slate-900 px-3 py-2 text-left text-xs font-normal leading-relaxed text-white opacity-0 shadow-lg transition-opacity group-focus-within:visible group-focus-within:opacity-100 group-hover:visible group-hover:opacity-100"
      >
        <strong className="block text-white">{term}</strong>
        {definition}
      </span>
    </span>
  );
}
