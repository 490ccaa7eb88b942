// Owners' and admins' glance at the team's onboarding: each member's progress along their path,
// least advanced first, with the full view on the Learn page.
import Link from "next/link";

interface Member {
  userId: string;
  name: string;
  summary: { completed: number; total: number; lastActivity: Date | null };
}

export function TeamOnboardingSummary({ slug, members }: { slug: string; members: Member[] }) {
  const finished = members.filter((m) => m.summary.total > 0 && m.summary.completed >= m.summary.total).length;
  const notStarted = members.filter((m) => m.summary.lastActivity === null).length;
  const share = (m: Member) => (m.summary.total ? m.summary.completed / m.summary.total : 1);
  const sorted = [...members].sort((a, b) => share(a) - share(b) || a.name.localeCompare(b.name));
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-700">
        {members.length} member{members.length === 1 ? "" : "s"}: {finished} finished their path, {notStarted} not started yet.{" "}
        <Link href={`/w/${slug}/learn`} className="text-indigo-700 underline">
          Team onboarding in detail
        </Link>
      </p>
      <ul className="grid gap-2 sm:grid-cols-2">
        {sorted.map((m) => (
          <li key={m.userId} className="rounded-md border border-slate-200 bg-white p-2 text-sm">
            <span className="font-medium break-words text-slate-900">{m.name}</span>
            <span className="block text-slate-700">
              {m.summary.completed} of {m.summary.total} chapters
            </span>
            <div aria-hidden className="mt-1 h-2 rounded bg-slate-100">
              <div className="h-2 rounded bg-indigo-600" style={{ width: `${Math.round(share(m) * 100)}%` }} />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
