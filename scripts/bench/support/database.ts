// A migrated database for a benchmark: in-memory PGlite, or a fresh database on the PostgreSQL
// server named by BENCH_DATABASE_URL. drop() closes it (and removes the server database).
import { openConnection, type Connection } from "../../../server/db/connection";
import { createFreshDatabase } from "../../../server/db/fresh-database";
import { applyMigrations } from "../../../server/db/migrate";

export async function openBenchDatabase(kind: "pglite" | "postgres"): Promise<{ conn: Connection; drop: () => Promise<void> }> {
  if (kind === "pglite") {
    const conn = await openConnection("memory:", "");
    await applyMigrations(conn.sql);
    return { conn, drop: () => conn.close() };
  }
  const database = await createFreshDatabase(process.env.BENCH_DATABASE_URL!, "causeway_bench");
  const conn = await openConnection(database.url, "");
  await applyMigrations(conn.sql);
  return {
    conn,
    drop: async () => {
      await conn.close();
      await database.drop();
    },
  };
}
