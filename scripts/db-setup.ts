// Run by `npm start` before the server: migrate, seed the demo workspace into an empty database,
// and make sure the session secret exists. Runs in its own process and closes the database
// before `next start` opens it (a PGlite folder must never be open in two processes).
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from "../prisma/seed";
import { getAuthSecret } from "../server/auth/secret";
import { describeDatabase, openConnection } from "../server/db/connection";
import { applyMigrations } from "../server/db/migrate";
import { env } from "../server/env";

getAuthSecret();
const conn = await openConnection(env.DATABASE_URL, env.CAUSEWAY_DATA_DIR);
try {
  const ran = await applyMigrations(conn.sql);
  console.log(`Database: ${describeDatabase(env.DATABASE_URL, env.CAUSEWAY_DATA_DIR)} (${ran.length ? `applied ${ran.length} migration(s)` : "up to date"})`);
  if (env.CAUSEWAY_SEED_DEMO === "true" && (await seedDemo(conn.db))) console.log("Seeded the demo workspace.");
  const demo = await conn.db.user.count({ where: { email: { in: DEMO_USERS.map((u) => u.email) } } });
  if (demo > 0) {
    console.log(`\nDemo sign-in (password for all: ${DEMO_PASSWORD}):`);
    for (const u of DEMO_USERS) console.log(`  ${u.email.padEnd(28)} ${u.role.toLowerCase()}, ${u.discipline.toLowerCase().replace("_", " ")}`);
    console.log("");
  }
} finally {
  await conn.close();
}
