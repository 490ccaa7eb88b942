// The app process's one database connection, opened lazily on first use (never during
// `next build`) and closed on shutdown so PGlite flushes and releases its folder.
import { env } from "../env";
import { openConnection, type Connection, type Db } from "./connection";

const globalForDb = globalThis as unknown as { causewayConnection?: Promise<Connection> };

export function getConnection(): Promise<Connection> {
  if (!globalForDb.causewayConnection) {
    globalForDb.causewayConnection = openConnection(env.DATABASE_URL, env.CAUSEWAY_DATA_DIR);
    const close = async () => {
      const conn = await globalForDb.causewayConnection;
      await conn?.close().catch(() => {});
      process.exit(0);
    };
    process.once("SIGTERM", close);
    process.once("SIGINT", close);
  }
  return globalForDb.causewayConnection;
}

export async function getDb(): Promise<Db> {
  return (await getConnection()).db;
}

export type { Db };
