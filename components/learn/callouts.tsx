import { Children, cloneElement, isValidElement, useId } from "react";
import { cn } from "~/components/ui/cn";

const KINDS = {
  note: { label: "Note", className: "border-sky-300 bg-sky-50" },
  tip: { label: "Tip", className: "border-emerald-300 bg-emerald-50" },
  warning: { label: "Warning", className: "border-amber-400 bg-amber-50" },
} as const;

// Callouts and key ideas are notes inside the lesson (role "note"), not page landmarks: a chapter
// holds several of them, and a landmark list of identical "Key idea" entries helps nobody. Each is
// named by its visible heading.

export function Callout({ kind = "note", title, children }: { kind?: keyof typeof KINDS; title?: string; children: React.ReactNode }) {
  const k = KINDS[kind] ?? KINDS.note;
  const headingId = useId();
  return (
    <div role="note" aria-labelledby={headingId} className={cn("not-prose my-6 rounded-md border-l-4 px-4 py-3 text-slate-900", k.className)}>
      <p id={headingId} className="mb-1 text-sm font-semibold">
        {title ?? k.label}
      </p>
      <div className="space-y-2 text-sm leading-relaxed [&_a]:underline [&_code]:font-mono">{children}</div>
    </div>
  );
}

export function KeyIdea({ children }: { children: React.ReactNode }) {
  const headingId = useId();
  return (
    <div role="note" aria-labelledby={headingId} className="not-prose my-6 rounded-lg border border-indigo-200 bg-indigo-50 px-5 py-4 text-slate-900">
      <p id={headingId} className="mb-1 text-xs font-semibold uppercase tracking-wide text-indigo-800">
        Key idea
      </p>
      <div className="space-y-2 leading-relaxed">{children}</div>
    </div>
  );
}

/**
 * A lesson diagram. The inline SVG is the image: it gets the figure's text alternative (`alt`, the
 * full description, else the caption) unless the author gave it a name of its own, so a screen
 * reader announces the diagram once, as one image, followed by the visible caption.
 */
export function Figure({ caption, alt, children }: { caption: string; alt?: string; children: React.ReactNode }) {
  const name = alt ?? caption;
  const named = Children.map(children, (child) => {
    if (!isValidElement<React.SVGProps<SVGSVGElement>>(child) || child.type !== "svg") return child;
    if (child.props["aria-label"] || child.props["aria-labelledby"]) return child;
    return cloneElement(child, { role: "img", "aria-label": name });
  });
  return (
    <figure className="my-8">
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white p-4 text-slate-900 [&_svg]:mx-auto [&_svg]:h-auto [&_svg]:max-w-full">{named}</div>
      <figcaption className="mt-2 text-center text-sm text-slate-600">{caption}</figcaption>
    </figure>
  );
}
