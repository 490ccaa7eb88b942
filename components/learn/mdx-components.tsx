// The component map every chapter guide is rendered with (see content/AUTHORING.md).
import Link from "next/link";
import type { Catalog, CatalogChapter } from "~/server/content/build-catalog";
import { shuffleOptions, toPublicQuiz } from "~/server/domain/quiz";
import { Callout, Figure, KeyIdea } from "./callouts";
import { Checklist } from "./checklist";
import { OpenInProject } from "./open-in-project";
import { QuizForm } from "./quiz-form";
import { Term } from "./term";

const linkClass = "font-medium text-indigo-800 underline underline-offset-2";

export function lessonComponents(catalog: Catalog, chapter: CatalogChapter) {
  const nodes = new Map(catalog.nodes.map((n) => [n.id, n]));
  const terms = new Map(catalog.glossary.map((t) => [t.id, t]));
  const steps = new Map(catalog.steps.map((s) => [s.n, s]));
  // The static page shows one fixed, non-authored order; a signed-in reader's quiz island replaces
  // it with their own attempt's order from the server.
  const quiz = toPublicQuiz(shuffleOptions(chapter.quiz, chapter.number));
  return {
    Callout,
    KeyIdea,
    Figure,
    Checklist: ({ children }: { children: React.ReactNode }) => (
      <>
        <Checklist chapter={chapter.slug} keys={chapter.checklist}>
          {children}
        </Checklist>
        <OpenInProject step={chapter.steps[0]!} stepTitle={steps.get(chapter.steps[0]!)?.title.toLowerCase() ?? ""} />
      </>
    ),
    Lever: ({ id, children }: { id: string; children: React.ReactNode }) => (
      <Link href={`/learn/levers#${id}`} title={nodes.get(id as never)?.summary} className={linkClass}>
        {children}
      </Link>
    ),
    Step: ({ n, children }: { n: number; children: React.ReactNode }) => (
      <Link href={`/learn/plan#step-${n}`} title={`Plan step ${n}: ${steps.get(n)?.title ?? ""}`} className={linkClass}>
        {children}
      </Link>
    ),
    Chapter: ({ n, children }: { n: number; children: React.ReactNode }) => {
      const target = catalog.chapters.find((c) => c.number === n);
      return (
        <Link href={target?.href ?? "/learn"} title={target ? `Chapter ${n}: ${target.title}` : undefined} className={linkClass}>
          {children}
        </Link>
      );
    },
    Term: ({ id, children }: { id: string; children: React.ReactNode }) => {
      const t = terms.get(id);
      return t ? (
        <Term id={id} term={t.term} definition={t.definition}>
          {children}
        </Term>
      ) : (
        <>{children}</>
      );
    },
    Quiz: () => <QuizForm chapter={chapter.slug} questions={quiz} />,
    a: ({ href = "", ...props }: React.AnchorHTMLAttributes<HTMLAnchorElement>) =>
      href.startsWith("/") ? <Link href={href} {...props} /> : <a href={href} rel="noreferrer" {...props} />,
  };
}
