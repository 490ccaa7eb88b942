// What of a closed round's aggregates may be shown, given its anonymity. In an anonymous round a
// figure that describes fewer than three people gives their answers away: any figure of an item
// with one or two answers (with two, the mean and spread alone give both levels, and either person
// can read the other's), or the people left over when the shown discipline groups are subtracted
// from the whole round.
import type { DisciplineAggregate, ItemAggregate } from "./aggregate";
import { MIN_ANONYMOUS_GROUP } from "./visibility";

/** An item's figures as shown: every level figure is null when it would describe too few people. */
export type ShownItem = Omit<ItemAggregate, "counts"> & { counts: number[] | null };

export interface ShownFigures {
  items: ShownItem[];
  disciplines: DisciplineAggregate[];
  withheld: {
    /** Items whose level figures (median, mean, spread, lowest, highest, count per level) are not shown. */
    itemIds: string[];
    /** Some respondents are in no shown discipline group: their group is under three, or subtracting the shown groups from the total would single them out. */
    disciplines: boolean;
  };
}

/** True when the respondents outside the shown discipline groups are one or two people. */
export function disciplinesSingleOut(respondentCount: number, disciplines: DisciplineAggregate[], minGroup = MIN_ANONYMOUS_GROUP): boolean {
  if (disciplines.length === 0) return false;
  const rest = respondentCount - disciplines.reduce((s, d) => s + d.respondentCount, 0);
  return rest > 0 && rest < minGroup;
}

export function shownFigures(input: { anonymous: boolean; respondentCount: number; items: ItemAggregate[]; disciplines: DisciplineAggregate[] }): ShownFigures {
  if (!input.anonymous) return { items: input.items, disciplines: input.disciplines, withheld: { itemIds: [], disciplines: false } };
  const small = (i: ItemAggregate) => i.answerCount < MIN_ANONYMOUS_GROUP;
  const large = input.disciplines.filter((d) => d.respondentCount >= MIN_ANONYMOUS_GROUP);
  const disciplines = disciplinesSingleOut(input.respondentCount, large) ? [] : large;
  const shownPeople = disciplines.reduce((s, d) => s + d.respondentCount, 0);
  return {
    items: input.items.map((i) => (small(i) ? { ...i, median: null, mean: null, spread: null, min: null, max: null, counts: null } : i)),
    disciplines,
    withheld: { itemIds: input.items.filter(small).map((i) => i.itemId), disciplines: shownPeople < input.respondentCount },
  };
}
