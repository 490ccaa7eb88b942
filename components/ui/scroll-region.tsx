// A table wrapper that scrolls sideways on narrow screens. It is a named, focusable region so a
// keyboard user can scroll it too (axe: scrollable-region-focusable) and a screen reader can find it.
import { cn } from "./cn";

export function ScrollRegion({ label, className, children }: { label: string; className?: string; children: React.ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={cn("overflow-x-auto focus-visible:outline-2 focus-visible:outline-indigo-700", className)}>
      {children}
    </div>
  );
}
