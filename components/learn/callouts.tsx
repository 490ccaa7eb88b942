import { cn } from "~/components/ui/cn";

const KINDS = {
  note: { label: "Note", className: "border-sky-300 bg-sky-50" },
  tip: { label: "Tip", className: "border-emerald-300 bg-emerald-50" },
  warning: { label: "Warning", className: "border-amber-400 bg-amber-50" },
} as const;

export function Callout({ kind = "note", title, children }: { kind?: keyof typeof KINDS; title?: string; children: React.ReactNode }) {
  const k = KINDS[kind] ?? KINDS.note;
  return (
    <aside className={cn("not-prose my-6 rounded-md border-l-4 px-4 py-3 text-slate-900", k.className)} aria-label={title ?? k.label}>
      <p className="mb-1 text-sm font-semibold">{title ?? k.label}</p>
      <div className="space-y-2 text-sm leading-relaxed [&_a]:underline [&_code]:font-mono">{children}</div>
    </aside>
  );
}

export function KeyIdea({ children }: { children: React.ReactNode }) {
  return (
    <aside aria-label="Key idea" className="not-prose my-6 rounded-lg border border-indigo-200 bg-indigo-50 px-5 py-4 text-slate-900">
      <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-indigo-800">Key idea</p>
      <div className="space-y-2 leading-relaxed">{children}</div>
    </aside>
  );
}

export function Figure({ caption, alt, children }: { caption: string; alt?: string; children: React.ReactNode }) {
  return (
    <figure className="my-8">
      <div role="img" aria-label={alt ?? caption} className="overflow-x-auto rounded-lg border border-slate-200 bg-white p-4 text-slate-900 [&_svg]:mx-auto [&_svg]:h-auto [&_svg]:max-w-full">
        {children}
      </div>
      <figcaption className="mt-2 text-center text-sm text-slate-600">{caption}</figcaption>
    </figure>
  );
}
