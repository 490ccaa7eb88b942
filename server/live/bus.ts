// The live channel's fan-out: a message published on a topic reaches every subscriber of that topic
// in every app process that shares the database. On a PostgreSQL server that is LISTEN/NOTIFY on one
// channel (each process holds one dedicated listening connection; publishing is a pg_notify through
// the pool), so several instances behind a load balancer see each other's events. Embedded PGlite
// lives inside one process, so an in-process emitter is the whole story there.
//
// Messages carry ids and small facts only (NOTIFY payloads are limited to 8,000 bytes); subscribers
// read what they may see from the database themselves, with their own authorisation.
import { EventEmitter } from "node:events";
import type pg from "pg";

export interface LiveMessage {
  topic: string;
  payload: Record<string, unknown>;
}

export interface LiveSubscriber {
  onMessage(message: LiveMessage): void;
  /** The bus may have missed messages (its connection dropped and came back): re-read the state. */
  onResync(): void;
}

export interface LiveBus {
  /** Resolves once messages published from now on will reach `subscriber`; returns the unsubscribe. */
  subscribe(topics: readonly string[], subscriber: LiveSubscriber): Promise<() => void>;
  publish(topic: string, payload: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

const MESSAGE = "message";
const RESYNC = "resync";

/** Local delivery, shared by both buses: subscribers filter by topic. */
class LocalFanOut {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  add(topics: readonly string[], subscriber: LiveSubscriber): () => void {
    const wanted = new Set(topics);
    const onMessage = (m: LiveMessage) => wanted.has(m.topic) && subscriber.onMessage(m);
    const onResync = () => subscriber.onResync();
    this.emitter.on(MESSAGE, onMessage).on(RESYNC, onResync);
    return () => void this.emitter.off(MESSAGE, onMessage).off(RESYNC, onResync);
  }

  deliver(message: LiveMessage) {
    this.emitter.emit(MESSAGE, message);
  }

  resync() {
    this.emitter.emit(RESYNC);
  }

  get size() {
    return this.emitter.listenerCount(MESSAGE);
  }
}

export function createInProcessBus(): LiveBus {
  const local = new LocalFanOut();
  return {
    subscribe: async (topics, subscriber) => local.add(topics, subscriber),
    publish: async (topic, payload) => local.deliver({ topic, payload }),
    close: async () => {},
  };
}

export const PG_CHANNEL = "causeway_live";
const RECONNECT_MS = 1_000;

/**
 * LISTEN/NOTIFY. The listening connection opens on the first subscription and is kept while anyone
 * listens; when it drops, it reconnects and tells subscribers to re-read their state.
 */
export function createPostgresBus(url: string, pool: pg.Pool, Client: typeof pg.Client): LiveBus {
  const local = new LocalFanOut();
  let listening: Promise<pg.Client> | null = null;
  let closed = false;
  let retry: ReturnType<typeof setTimeout> | null = null;

  const connect = (): Promise<pg.Client> => {
    const client = new Client({ connectionString: url });
    const ready = (async () => {
      await client.connect();
      client.on("notification", (n) => {
        if (n.channel !== PG_CHANNEL || !n.payload) return;
        try {
          const message = JSON.parse(n.payload) as LiveMessage;
          if (typeof message.topic === "string" && message.payload && typeof message.payload === "object") local.deliver(message);
        } catch {
          // not ours: ignore
        }
      });
      const lost = (err?: Error) => {
        if (listening !== ready) return;
        listening = null;
        if (err) console.error("Live channel: listening connection lost:", err.message);
        client.end().catch(() => {});
        scheduleReconnect();
      };
      client.on("error", lost);
      client.on("end", () => lost());
      await client.query(`LISTEN ${PG_CHANNEL}`);
      return client;
    })();
    ready.catch(() => {
      if (listening === ready) listening = null;
      client.end().catch(() => {});
    });
    return ready;
  };

  const scheduleReconnect = () => {
    if (closed || retry || local.size === 0) return;
    retry = setTimeout(() => {
      retry = null;
      if (closed || local.size === 0) return;
      listening = connect();
      listening.then(() => local.resync(), scheduleReconnect);
    }, RECONNECT_MS);
  };

  return {
    async subscribe(topics, subscriber) {
      const remove = local.add(topics, subscriber);
      try {
        await (listening ??= connect());
      } catch (e) {
        remove();
        throw e;
      }
      return remove;
    },
    async publish(topic, payload) {
      await pool.query("SELECT pg_notify($1, $2)", [PG_CHANNEL, JSON.stringify({ topic, payload } satisfies LiveMessage)]);
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const current = listening;
      listening = null;
      if (current) await current.then((c) => c.end()).catch(() => {});
    },
  };
}

// One bus per database client, found from the client the tRPC context carries. Kept on globalThis
// so every bundle of the app process (route handlers, server components) shares it.
const registry = ((globalThis as { causewayLiveBuses?: WeakMap<object, LiveBus> }).causewayLiveBuses ??= new WeakMap());

export function registerLiveBus(db: object, bus: LiveBus): void {
  registry.set(db, bus);
}

/** The bus registered for this database client, or an in-process one (embedded PGlite). */
export function liveBusFor(db: object): LiveBus {
  let bus = registry.get(db);
  if (!bus) registry.set(db, (bus = createInProcessBus()));
  return bus;
}
