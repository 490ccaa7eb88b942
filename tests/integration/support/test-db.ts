// A fresh, migrated database per test file: in-memory PGlite by default, or a new database on
// the PostgreSQL server named by TEST_DATABASE_URL (dropped afterwards).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { openConnection, type Connection } from "../../../server/db/connection";
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
  const name = `causeway_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const conn = await openConnection(url.toString(), "");
  await applyMigrations(conn.sql);
  return {
    ...conn,
    destroy: async () => {
      await conn.close();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}
