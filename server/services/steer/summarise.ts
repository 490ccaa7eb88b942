// Pure shaping of a closed round's stored aggregates into what the dashboard shows per lever and
// condition: spread between respondents, gaps between disciplines, the lowest-scoring items. Reads
// aggregates only; individual answers never reach this file.
import type { DisciplineAggregate, GroupAggregate, ItemAggregate, RubricQuestion } from "../../domain/assess";
import type { Discipline } from "../../domain/roles";

/** Mean spread (standard deviation, in levels) from which respondents are said to disagree: a full level. */
export const DISAGREEMENT_SPREAD = 1;
/** Gap between two disciplines' scores (0-100) flagged as a role gap: a full level of four. */
export const ROLE_GAP_POINTS = 25;
/** How many of a lever's items are listed as its weakest. */
export const LOWEST_ITEMS = 3;

export interface LowestItem {
  itemId: string;
  text: string;
  /** mean level as 0-100 of the item's top level */
  score: number;
  planStep: number | null;
  lessonHref: string;
}

export interface GroupSummary {
  groupId: string;
  kind: "lever" | "condition";
  /** 0-100; for a condition, risk (higher is worse) */
  score: number | null;
  /** the same group's score in the closed round before this one, when it has one */
  previous: number | null;
  change: number | null;
  /** mean standard deviation of the group's items, in levels (0-4); null when nothing was scored */
  spread: number | null;
  disagreement: boolean;
  /** per discipline with enough respondents to be shown (the round decided that when it closed) */
  roles: { discipline: Discipline; score: number }[];
  /** highest minus lowest discipline score, when two or more disciplines are shown */
  roleGap: number | null;
  roleGapFlagged: boolean;
  lowestItems: LowestItem[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function summariseGroups(input: {
  groups: GroupAggregate[];
  items: ItemAggregate[];
  disciplines: DisciplineAggregate[];
  questions: RubricQuestion[];
  lessonHrefs: Readonly<Record<string, string>>;
  previous: ReadonlyMap<string, number | null>;
}): GroupSummary[] {
  const question = new Map(input.questions.map((q) => [q.id, q]));
  return input.groups
    .filter((g): g is GroupAggregate & { kind: "lever" | "condition" } => g.kind === "lever" || g.kind === "condition")
    .map((g) => {
      const items = input.items.filter((i) => i.groupId === g.groupId && !i.exempt);
      const spreads = items.flatMap((i) => (i.spread === null ? [] : [i.spread]));
      const spread = spreads.length ? round1(spreads.reduce((s, x) => s + x, 0) / spreads.length) : null;
      const roles = input.disciplines.flatMap((d) => {
        const s = d.groups.find((x) => x.groupId === g.groupId)?.score;
        return s === null || s === undefined ? [] : [{ discipline: d.discipline, score: s }];
      });
      const roleGap = roles.length >= 2 ? round1(Math.max(...roles.map((r) => r.score)) - Math.min(...roles.map((r) => r.score))) : null;
      const previous = input.previous.get(g.groupId) ?? null;
      // For a lever the weakest items are the lowest; for a condition (risk) the highest.
      const sign = g.direction === "higher_is_worse" ? -1 : 1;
      const lowestItems = items
        .flatMap((i) => {
          const q = question.get(i.itemId);
          if (!q || i.mean === null) return [];
          return [{ itemId: i.itemId, text: q.text, score: round1((i.mean / q.maxLevel) * 100), planStep: q.planStep, lessonHref: input.lessonHrefs[i.itemId] ?? "/learn" }];
        })
        .sort((a, b) => sign * (a.score - b.score) || a.itemId.localeCompare(b.itemId))
        .slice(0, LOWEST_ITEMS);
      return {
        groupId: g.groupId,
        kind: g.kind,
        score: g.score,
        previous,
        change: g.score !== null && previous !== null ? round1(g.score - previous) : null,
        spread,
        disagreement: spread !== null && spread >= DISAGREEMENT_SPREAD,
        roles,
        roleGap,
        roleGapFlagged: roleGap !== null && roleGap >= ROLE_GAP_POINTS,
        lowestItems,
      };
    });
}
