// Which chapters a member should read, in what order: the path they chose, or else the path of
// their discipline in the workspace. "all" is every chapter in book order.
import { bookChapterLabel, type Catalog } from "../content/build-catalog";
import { LEARNING_DISCIPLINES, type LearningDiscipline } from "../content/ids";

export const PATH_KEYS = [...LEARNING_DISCIPLINES, "all"] as const;
export type PathKey = (typeof PATH_KEYS)[number];

export const PATH_LABELS: Record<PathKey, string> = {
  manager: "Manager",
  data_scientist: "Data scientist",
  ml_engineer: "ML engineer",
  data_engineer: "Data engineer",
  all: "Every chapter",
};

const FROM_DISCIPLINE: Record<string, PathKey> = {
  MANAGER: "manager",
  DATA_SCIENTIST: "data_scientist",
  ML_ENGINEER: "ml_engineer",
  DATA_ENGINEER: "data_engineer",
  OTHER: "all",
};

export function effectivePath(chosen: string | null | undefined, discipline: string | null | undefined): PathKey {
  if (chosen && (PATH_KEYS as readonly string[]).includes(chosen)) return chosen as PathKey;
  return FROM_DISCIPLINE[discipline ?? "OTHER"] ?? "all";
}

export interface PathStep {
  number: number;
  /** Where the topic sits in the book: "Book ch. 6" (the guides split some book chapters). */
  book: string;
  slug: string;
  title: string;
  minutes: number;
  reason: string;
}

export function pathChapters(catalog: Catalog, key: PathKey): PathStep[] {
  const entries =
    key === "all"
      ? catalog.chapters.map((c) => ({ chapter: c.number, reason: c.summary }))
      : catalog.paths[key as LearningDiscipline];
  return entries.flatMap((e) => {
    const c = catalog.chapters.find((ch) => ch.number === e.chapter);
    return c ? [{ number: c.number, book: bookChapterLabel(c), slug: c.slug, title: c.title, minutes: c.minutes, reason: e.reason }] : [];
  });
}

export interface ProgressRow {
  chapterSlug: string;
  completedAt: Date | null;
  bestScore: number | null;
  quizTotal: number | null;
  lastActivityAt: Date;
}

export function summarisePath(steps: PathStep[], progress: ProgressRow[]) {
  const bySlug = new Map(progress.map((p) => [p.chapterSlug, p]));
  const completed = steps.filter((s) => bySlug.get(s.slug)?.completedAt).length;
  const scored = progress.filter((p) => p.bestScore !== null && p.quizTotal);
  const quizAverage = scored.length ? scored.reduce((sum, p) => sum + p.bestScore! / p.quizTotal!, 0) / scored.length : null;
  const lastActivity = progress.reduce<Date | null>((latest, p) => (!latest || p.lastActivityAt > latest ? p.lastActivityAt : latest), null);
  return { completed, total: steps.length, quizAverage, lastActivity, nextChapter: steps.find((s) => !bySlug.get(s.slug)?.completedAt) ?? null };
}
