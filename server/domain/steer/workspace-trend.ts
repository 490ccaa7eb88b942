// The workspace's trend per lever and condition: at the end of each calendar quarter, the mean of
// every project's latest closed score up to that day. Carrying a project's last score forward keeps
// the same projects in every point, so the line moves when teams improve, not when a different set
// of teams happened to run a round that quarter. Each point says how many projects it averages.
// Pure and browser-safe.

export interface ScoreRow {
  projectId: string;
  groupId: string;
  score: number | null;
  closedAt: Date;
}

export interface Period {
  label: string;
  /** exclusive: scores closed before this instant count */
  end: Date;
}

export interface TrendPoint {
  period: string;
  mean: number | null;
  projects: number;
}

/** The `count` calendar quarters (UTC) up to and including the one holding `now`, oldest first. */
export function quarterPeriods(now: Date, count: number): Period[] {
  const year = now.getUTCFullYear();
  const quarter = Math.floor(now.getUTCMonth() / 3);
  return Array.from({ length: count }, (_, i) => {
    const q = quarter - (count - 1 - i);
    const y = year + Math.floor(q / 4);
    const qi = ((q % 4) + 4) % 4;
    return { label: `${y} Q${qi + 1}`, end: new Date(Date.UTC(y, qi * 3 + 3, 1)) };
  });
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** For each group, one point per period: mean of each project's latest score closed before the period's end. */
export function workspaceTrend(rows: readonly ScoreRow[], periods: readonly Period[]): Record<string, TrendPoint[]> {
  const sorted = [...rows].sort((a, b) => a.closedAt.getTime() - b.closedAt.getTime());
  const groups = [...new Set(sorted.map((r) => r.groupId))].sort();
  const out: Record<string, TrendPoint[]> = {};
  for (const g of groups) out[g] = [];
  const latest = new Map<string, Map<string, number | null>>(); // group → project → score
  let next = 0;
  for (const period of periods) {
    while (next < sorted.length && sorted[next]!.closedAt < period.end) {
      const r = sorted[next++]!;
      (latest.get(r.groupId) ?? latest.set(r.groupId, new Map()).get(r.groupId)!).set(r.projectId, r.score);
    }
    for (const g of groups) {
      const scores = [...(latest.get(g)?.values() ?? [])].filter((s): s is number => s !== null);
      out[g]!.push({ period: period.label, mean: scores.length ? round1(scores.reduce((s, x) => s + x, 0) / scores.length) : null, projects: scores.length });
    }
  }
  return out;
}
