// A fresh, migrated database per test file: in-memory PGlite by default, or a new database on
// the PostgreSQL server named by TEST_DATABASE_URL (dropped afterwards).
import { openConnection, type Connection } from "../../../server/db/connection";
import { createFreshDatabase } from "../../../server/db/fresh-database";
import { applyMigrations } from "../../../server/db/migrate";

export interface TestDb extends Connection {
  destroy(): Promise<void>;
}

export async function createTestDb(): Promise<TestDb> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const conn = await openConnection("memory:", "");
    await applyMigrations(conn.sql);
    return { ...conn, destroy: () => conn.close() };
  }
  const database = await createFreshDatabase(serverUrl, "causeway_test");
  const conn = await openConnection(database.url, "");
  await applyMigrations(conn.sql);
  return {
    ...conn,
    destroy: async () => {
      await conn.close();
      await database.drop();
    },
  };
}
