// `npm run db:migrate`: apply pending migrations to the database named by DATABASE_URL.
import { describeDatabase, openConnection } from "../server/db/connection";
import { applyMigrations } from "../server/db/migrate";
import { env } from "../server/env";

const conn = await openConnection(env.DATABASE_URL, env.CAUSEWAY_DATA_DIR);
try {
  const ran = await applyMigrations(conn.sql);
  console.log(`${describeDatabase(env.DATABASE_URL, env.CAUSEWAY_DATA_DIR)}: ${ran.length ? `applied ${ran.join(", ")}` : "up to date"}`);
} finally {
  await conn.close();
}
