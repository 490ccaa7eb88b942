// Where to learn and where to act on each lever, read from the content: a chapter teaches a lever
// when its "Apply it to your project" section links it with <Lever id="…">; a plan step improves
// the levers listed in content/plan/steps.json.
import type { LeverGuidance } from "./analyse";

export const APPLY_IT_HEADING = "Apply it to your project";
export const APPLY_IT_ANCHOR = "apply-it-to-your-project";

interface ChapterSource {
  number: number;
  /** "Book ch. 7": where the guide sits in the book. */
  book: string;
  slug: string;
  title: string;
  body: string;
}

interface StepSource {
  n: number;
  title: string;
  levers: readonly string[];
}

/** The text of a chapter's "Apply it" section: from its heading to the next second-level heading. */
export function applyItSection(body: string): string {
  const start = body.search(new RegExp(`^##\\s+${APPLY_IT_HEADING}\\s*$`, "m"));
  if (start < 0) return "";
  const rest = body.slice(start).split("\n").slice(1).join("\n");
  const end = rest.search(/^##\s/m);
  return end < 0 ? rest : rest.slice(0, end);
}

const leverLinks = (text: string) => [...text.matchAll(/<Lever\s+id="([^"]+)"/g)].map((m) => m[1]!);

/** Lessons come most central first: by how often the whole chapter links the lever, then in book order. */
export function buildLeverGuidance(levers: readonly string[], chapters: readonly ChapterSource[], steps: readonly StepSource[]): LeverGuidance {
  const linked = new Map(chapters.map((c) => [c.number, new Set(leverLinks(applyItSection(c.body)))]));
  const mentions = (c: ChapterSource, lever: string) => leverLinks(c.body).filter((id) => id === lever).length;
  return Object.fromEntries(
    levers.map((lever) => [
      lever,
      {
        lessons: chapters
          .filter((c) => linked.get(c.number)!.has(lever))
          .sort((a, b) => mentions(b, lever) - mentions(a, lever) || a.number - b.number)
          .map((c) => ({ href: `/learn/${c.slug}#${APPLY_IT_ANCHOR}`, label: `Chapter ${c.number}, ${c.title} (${c.book})` })),
        steps: steps.filter((s) => s.levers.includes(lever)).map((s) => ({ href: `/learn/plan#step-${s.n}`, label: `Step ${s.n}. ${s.title}` })),
      },
    ]),
  );
}
