// A table wrapper that scrolls sideways on narrow screens. It is named and focusable so a keyboard
// user can scroll it too (axe: scrollable-region-focusable) and a screen reader can find it. A table
// repeated inside its own section (one per group) is a named group rather than yet another landmark.
import { cn } from "./cn";

export function ScrollRegion({ label, landmark = true, className, children }: { label: string; landmark?: boolean; className?: string; children: React.ReactNode }) {
  return (
    <div role={landmark ? "region" : "group"} aria-label={label} tabIndex={0} className={cn("overflow-x-auto focus-visible:outline-2 focus-visible:outline-indigo-700", className)}>
      {children}
    </div>
  );
}
