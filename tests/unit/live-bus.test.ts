// The in-process live bus delivers only the topics subscribed to; the push queue hands items over
// in order and ends when its signal aborts.
import { describe, expect, it } from "vitest";
import { createInProcessBus, liveBusFor, registerLiveBus } from "../../server/live/bus";
import { createPushQueue } from "../../server/live/queue";

describe("in-process live bus", () => {
  it("delivers a message to the subscribers of its topic only, until they unsubscribe", async () => {
    const bus = createInProcessBus();
    const got: string[] = [];
    const sub = (name: string) => ({ onMessage: (m: { topic: string }) => got.push(`${name}<-${m.topic}`), onResync: () => {} });
    const stopA = await bus.subscribe(["meeting:1"], sub("a"));
    await bus.subscribe(["meeting:2", "project:9"], sub("b"));
    await bus.publish("meeting:1", {});
    await bus.publish("project:9", {});
    stopA();
    await bus.publish("meeting:1", {});
    expect(got).toEqual(["a<-meeting:1", "b<-project:9"]);
  });

  it("is one bus per database client unless another is registered", () => {
    const db = {};
    expect(liveBusFor(db)).toBe(liveBusFor(db));
    const mine = createInProcessBus();
    registerLiveBus(db, mine);
    expect(liveBusFor(db)).toBe(mine);
    expect(liveBusFor({})).not.toBe(mine);
  });
});

describe("push queue", () => {
  it("yields pushed items in order, also those pushed while it waits, and ends on abort", async () => {
    const stop = new AbortController();
    const queue = createPushQueue<number>(stop.signal);
    queue.push(1);
    const it = queue[Symbol.asyncIterator]();
    expect(await it.next()).toEqual({ value: 1, done: false });
    const waiting = it.next();
    queue.push(2);
    expect(await waiting).toEqual({ value: 2, done: false });
    const ending = it.next();
    stop.abort();
    expect((await ending).done).toBe(true);
  });

  it("keeps only the newest items for a reader that has fallen far behind", async () => {
    const queue = createPushQueue<number>(undefined, 3);
    for (let i = 1; i <= 5; i++) queue.push(i);
    const it = queue[Symbol.asyncIterator]();
    const seen = [(await it.next()).value, (await it.next()).value, (await it.next()).value];
    expect(seen).toEqual([3, 4, 5]);
  });
});
