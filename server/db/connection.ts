// Opens the database named by DATABASE_URL: embedded PGlite (default) or a PostgreSQL server.
// Returns a Prisma client plus a raw SQL handle for the migration runner, and one close().
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import path from "node:path";
import { PrismaClient } from "./generated/client";
import { createPostgresBus, registerLiveBus } from "../live/bus";

export type Db = PrismaClient;

// CAUSEWAY_LOG_QUERIES=1 prints every query with its duration (for finding slow or repeated queries).
const logQueries = process.env.CAUSEWAY_LOG_QUERIES === "1";
function newClient(adapter: PrismaPGlite | PrismaPg): Db {
  if (!logQueries) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  client.$on("query", (e) => console.log(`query ${e.duration}ms ${e.query.slice(0, 160)}`));
  return client as unknown as Db;
}

export interface SqlHandle {
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Serialises migration runs across processes (PostgreSQL server only). */
  lock(): Promise<() => Promise<void>>;
}

export interface Connection {
  db: Db;
  sql: SqlHandle;
  kind: "pglite" | "postgres";
  close(): Promise<void>;
}

const MIGRATION_LOCK_KEY = 72707369;

// The driver behind each client opened here. Hot lookups (./hot-lookups) query it directly: a
// query through Prisma 6.19's client engine and driver adapter costs about 4 ms of CPU on PGlite
// against 0.8 ms for the same SQL sent to the driver. A transaction client is not in this map, so
// code inside a transaction always stays on the transaction's connection.
const drivers = new WeakMap<Db, SqlHandle>();

/** The driver-level SQL handle of a client opened by openConnection, or null (e.g. a transaction client). */
export function driverOf(db: Db): SqlHandle | null {
  return drivers.get(db) ?? null;
}

export function describeDatabase(url: string | undefined, dataDir: string): string {
  if (!url) return `PGlite at ${path.join(dataDir, "db")}`;
  if (url.startsWith("memory:")) return "PGlite in memory";
  if (url.startsWith("pglite:")) return `PGlite at ${url.slice("pglite:".length)}`;
  return `PostgreSQL at ${url.replace(/\/\/[^@/]*@/, "//***@")}`;
}

export async function openConnection(url: string | undefined, dataDir: string): Promise<Connection> {
  if (url && /^postgres(ql)?:\/\//.test(url)) return openPostgres(url);
  const dir = !url ? path.join(dataDir, "db") : url.startsWith("pglite:") ? url.slice(7) : undefined;
  return openPglite(dir);
}

async function openPglite(dir: string | undefined): Promise<Connection> {
  if (dir) (await import("node:fs")).mkdirSync(dir, { recursive: true });
  // PostgreSQL's default 128 MB buffer pool lives in PGlite's WebAssembly memory, which can grow but
  // never shrink; the embedded database is small, so 16 MB keeps the process ~120 MB leaner.
  const options = { postgresqlconf: ["shared_buffers=16MB"] };
  const pglite = dir ? new PGlite(dir, options) : new PGlite(options);
  await pglite.waitReady;
  const db = newClient(new PrismaPGlite(pglite));
  // PGlite runs each query exclusively of any open transaction, so direct queries never interleave
  // with a Prisma transaction's statements.
  const sql: SqlHandle = {
    exec: async (text) => void (await pglite.exec(text)),
    query: async <T,>(text: string, params?: unknown[]) => (await pglite.query<T>(text, params)).rows,
    lock: async () => async () => {}, // one process owns a PGlite folder; nothing to serialise
  };
  drivers.set(db, sql);
  return {
    db,
    kind: "pglite",
    sql,
    close: async () => {
      await db.$disconnect();
      await pglite.close();
    },
  };
}

async function openPostgres(url: string): Promise<Connection> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client can lose its connection (server restart, admin kill); without a listener that
  // error would crash the process. The pool replaces the client on the next query.
  pool.on("error", (err) => console.error("PostgreSQL idle client error:", err.message));
  const db = newClient(new PrismaPg(pool));
  const sql: SqlHandle = {
    exec: async (text) => void (await pool.query(text)),
    query: async <T,>(text: string, params?: unknown[]) => (await pool.query(text, params)).rows as T[],
    lock: async () => {
      const client = await pool.connect();
      await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
      return async () => {
        await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
        client.release();
      };
    },
  };
  drivers.set(db, sql);
  // Live events between app instances: LISTEN/NOTIFY on this server (see server/live/bus.ts).
  const live = createPostgresBus(url, pool, pg.Client);
  registerLiveBus(db, live);
  return {
    db,
    kind: "postgres",
    sql,
    close: async () => {
      await live.close();
      await db.$disconnect();
      if (!pool.ending) await pool.end(); // the adapter may already have ended it
    },
  };
}
