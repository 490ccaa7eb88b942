// "Lessons for you": the next chapters on the person's Learn path that they have not completed,
// with how far along the path they are.
import Link from "next/link";
import { Card } from "~/components/ui/card";

interface Props {
  slug: string;
  pathLabel: string;
  steps: { slug: string; number: number; book: string; title: string; minutes: number; reason: string }[];
  completedSlugs: ReadonlySet<string>;
  startedSlugs: ReadonlySet<string>;
}

/** How many of the path's open chapters the home page lists. */
export const LESSONS_SHOWN = 3;

export function MyLessons({ slug, pathLabel, steps, completedSlugs, startedSlugs }: Props) {
  const open = steps.filter((s) => !completedSlugs.has(s.slug));
  const done = steps.length - open.length;
  return (
    <Card aria-labelledby="my-lessons-heading">
      <h2 id="my-lessons-heading" className="mb-1 text-lg font-semibold">
        Lessons for you
      </h2>
      <p className="mb-2 text-sm text-slate-700">
        Your path: {pathLabel}, {done} of {steps.length} chapters completed.{" "}
        <Link href={`/w/${slug}/learn`} className="text-indigo-700 underline">
          Your whole path
        </Link>
      </p>
      {open.length === 0 ? (
        <p className="text-sm text-slate-700">You have completed every chapter on your path.</p>
      ) : (
        <ol className="space-y-2">
          {open.slice(0, LESSONS_SHOWN).map((s) => (
            <li key={s.slug} className="text-sm">
              <Link href={`/learn/${s.slug}`} className="font-medium break-words text-indigo-700 underline">
                {s.number}. {s.title}
              </Link>
              <span className="text-slate-700">
                {" "}
                · {s.book} · {s.minutes} min{startedSlugs.has(s.slug) ? " · started" : ""}
              </span>
              <span className="block break-words text-slate-600">{s.reason}</span>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
