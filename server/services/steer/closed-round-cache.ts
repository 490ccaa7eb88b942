import "server-only";
// What the dashboard reads from a closed round never changes: its RoundAggregate is created in the
// closing transaction and never updated, and the RubricVersion it names is an immutable snapshot.
// So each process keeps what it derived from them, by round id (least recently used dropped first).
// Which rounds exist, and which is shown, is still read from the database on every request.

const LIMIT = 500;

export function createClosedRoundCache<T>(limit = LIMIT) {
  const entries = new Map<string, Promise<T>>();
  return async function cached(roundId: string, load: () => Promise<T>): Promise<T> {
    const hit = entries.get(roundId);
    if (hit) {
      entries.delete(roundId);
      entries.set(roundId, hit);
      return hit;
    }
    const loading = load();
    entries.set(roundId, loading);
    if (entries.size > limit) entries.delete(entries.keys().next().value!);
    // A failed read is not remembered; two simultaneous first reads share one query.
    loading.catch(() => entries.delete(roundId));
    return loading;
  };
}
