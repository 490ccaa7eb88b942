"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "~/components/ui/cn";

export const MAIN_SECTIONS = [
  { segment: "learn", label: "Learn" },
  { segment: "projects", label: "Projects" },
  { segment: "dashboard", label: "Dashboard" },
  { segment: "alignment", label: "Alignment" },
  { segment: "settings", label: "Settings" },
] as const;

export function MainNav({ slug }: { slug: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="flex flex-wrap gap-1">
      {MAIN_SECTIONS.map((s) => {
        const href = `/w/${slug}/${s.segment}`;
        const active = pathname === href || pathname.startsWith(`${href}/`);
        return (
          <Link
            key={s.segment}
            href={href}
            aria-current={active ? "page" : undefined}
            className={cn("rounded-md px-2 py-1.5 text-sm font-medium sm:px-3", active ? "bg-indigo-50 text-indigo-800" : "text-slate-700 hover:bg-slate-100")}
          >
            {s.label}
          </Link>
        );
      })}
    </nav>
  );
}
