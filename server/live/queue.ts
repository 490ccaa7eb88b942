// A buffer between the bus (push) and a subscription's async generator (pull): items pushed while
// the generator is busy wait in order; the iteration ends when the signal aborts.

export interface PushQueue<T> extends AsyncIterable<T> {
  push(item: T): void;
}

export function createPushQueue<T>(signal: AbortSignal | undefined, limit = 1_000): PushQueue<T> {
  const items: T[] = [];
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  signal?.addEventListener("abort", notify, { once: true });
  return {
    push(item) {
      // A subscriber this far behind is not reading; dropping the oldest keeps memory bounded,
      // and the newest state is what a follower needs.
      if (items.length >= limit) items.shift();
      items.push(item);
      notify();
    },
    async *[Symbol.asyncIterator]() {
      while (!signal?.aborted) {
        const item = items.shift();
        if (item !== undefined) {
          yield item;
          continue;
        }
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
  };
}
