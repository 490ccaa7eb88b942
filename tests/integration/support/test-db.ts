// A fresh, migrated database per test file: in-memory PGlite by default, or a new database on
// the PostgreSQL server named by TEST_DATABASE_URL (dropped afterwards).
import { openConnection, type Connection } from "../../../server/db/connection";
import { createFreshDatabase } from "../../../server/db/fresh-database";
import { applyMigrations } from "../../../server/db/migrate";

export interface TestDb extends Connection {
  /** the PostgreSQL database's URL, so a test can open a second connection as another app instance would; null on PGlite */
  url: string | null;
  destroy(): Promise<void>;
}

export async function createTestDb(): Promise<TestDb> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const conn = await openConnection("memory:", "");
    await applyMigrations(conn.sql);
    return { ...conn, url: null, destroy: () => conn.close() };
  }
  const database = await createFreshDatabase(serverUrl, "causeway_test");
  const conn = await openConnection(database.url, "");
  await applyMigrations(conn.sql);
  return {
    ...conn,
    url: database.url,
    destroy: async () => {
      await conn.close();
      await database.drop();
    },
  };
}
