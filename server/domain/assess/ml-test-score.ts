// Google's ML Test Score (Breck et al., 2017): each test scores 0, ½ (done by hand, written up and
// shared) or 1 (automated and repeated); a section's total is the sum of its tests; the final score
// is the lowest section total, because a system is only as well tested as its weakest area.
// With several respondents, a test's value is the median of their answers.
import { mlBandFor, type MlTestScoreRubric } from "./rubric";
import type { ItemAggregate } from "./aggregate";
import { round } from "./statistics";

export interface MlSectionTotal {
  id: string;
  name: string;
  total: number;
  /** Tests that count in this section (not retired, not marked not applicable). */
  testCount: number;
}

export interface MlTestScoreResult {
  sections: MlSectionTotal[];
  final: number;
  /** The section (or first of the tied sections) that sets the final score. */
  weakestSectionId: string | null;
  bandId: string | null;
}

/** Value of one test from its aggregate: median level 0..2 as 0..1; unanswered counts as not done. */
function testValue(item: ItemAggregate | undefined): number {
  return item?.median == null ? 0 : item.median / 2;
}

export function scoreMlTest(rubric: MlTestScoreRubric, items: ItemAggregate[]): MlTestScoreResult {
  const byId = new Map(items.map((i) => [i.itemId, i]));
  const sections = rubric.sections.map((s) => {
    const counted = s.tests.filter((t) => !t.retired && !byId.get(t.id)?.exempt);
    return { id: s.id, name: s.name, total: round(counted.reduce((sum, t) => sum + testValue(byId.get(t.id)), 0), 2), testCount: counted.length };
  });
  if (sections.length === 0) return { sections, final: 0, weakestSectionId: null, bandId: mlBandFor(rubric.bands, 0)?.id ?? null };
  const weakest = sections.reduce((low, s) => (s.total < low.total ? s : low));
  return { sections, final: weakest.total, weakestSectionId: weakest.id, bandId: mlBandFor(rubric.bands, weakest.total)?.id ?? null };
}
