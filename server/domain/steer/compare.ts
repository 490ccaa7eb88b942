// Comparing two closed rounds of a project, lever by lever: both scores and the change between
// them, read the right way round (a condition is assessed as risk, so a fall is an improvement).
// Pure and browser-safe.

export type ScoredKind = "lever" | "condition";
export type ChangeDirection = "better" | "worse" | "same";

export interface ComparedGroup {
  groupId: string;
  kind: ScoredKind;
  /** 0-100 in the earlier round; null when that round did not score it */
  from: number | null;
  to: number | null;
  /** to − from, one decimal; null unless both rounds scored it */
  change: number | null;
  direction: ChangeDirection | null;
}

/** A change smaller than this (in points of 100) reads as no change: the scores are means of 0-4 levels. */
export const SAME_WITHIN = 0.5;

const round1 = (n: number) => Math.round(n * 10) / 10;

export function directionOf(kind: ScoredKind, change: number): ChangeDirection {
  if (Math.abs(change) < SAME_WITHIN) return "same";
  return (kind === "condition" ? change < 0 : change > 0) ? "better" : "worse";
}

interface RoundScores {
  groupId: string;
  kind: string;
  score: number | null;
}

/**
 * Every lever and condition either round scored, in `order` (unknown ids after, alphabetically),
 * with both scores and the change. Sections and other kinds are left out.
 */
export function compareRoundScores(from: RoundScores[], to: RoundScores[], order: readonly string[] = []): ComparedGroup[] {
  const scored = (g: RoundScores): g is RoundScores & { kind: ScoredKind } => g.kind === "lever" || g.kind === "condition";
  const a = new Map(from.filter(scored).map((g) => [g.groupId, g]));
  const b = new Map(to.filter(scored).map((g) => [g.groupId, g]));
  const ids = [...new Set([...a.keys(), ...b.keys()])];
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i < 0 ? order.length : i;
  };
  ids.sort((x, y) => rank(x) - rank(y) || x.localeCompare(y));
  return ids.map((groupId) => {
    const kind = (b.get(groupId) ?? a.get(groupId))!.kind;
    const before = a.get(groupId)?.score ?? null;
    const after = b.get(groupId)?.score ?? null;
    const change = before !== null && after !== null ? round1(after - before) : null;
    return { groupId, kind, from: before, to: after, change, direction: change === null ? null : directionOf(kind, change) };
  });
}
