// Applies prisma/migrations/*/migration.sql in order and records them in Prisma's own
// `_prisma_migrations` table (same columns and checksums), so `prisma migrate status` agrees.
// Why not `prisma migrate deploy`: its native engine cannot be downloaded here, and the JS engine
// fails against a PostgreSQL server through adapter-pg 6.19 (prisma/orm#27403). See README.
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import type { SqlHandle } from "./connection";

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

const MIGRATION_NAME = /^[0-9]{14}_[a-z0-9_]+$/;

export function readMigrations(dir = path.join(process.cwd(), "prisma", "migrations")): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, "migration.sql")))
    .map((e) => {
      if (!MIGRATION_NAME.test(e.name)) throw new Error(`Unexpected migration folder name: ${e.name}`);
      const sql = readFileSync(path.join(dir, e.name, "migration.sql"), "utf8");
      return { name: e.name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** Returns the names of the migrations it applied (empty when the database was up to date). */
export async function applyMigrations(sql: SqlHandle, migrations = readMigrations()): Promise<string[]> {
  const unlock = await sql.lock();
  try {
    await sql.exec(CREATE_TABLE);
    const done = await sql.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Map(done.map((r) => [r.migration_name, r.checksum]));
    const ran: string[] = [];
    for (const m of migrations) {
      const known = applied.get(m.name);
      if (known !== undefined) {
        if (known !== m.checksum) throw new Error(`Migration ${m.name} was edited after it was applied.`);
        continue;
      }
      // One multi-statement string runs as one implicit transaction: the migration and its record
      // land together or not at all.
      await sql.exec(
        `BEGIN;\n${m.sql}\n;INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
         VALUES ('${randomUUID()}', '${m.checksum}', '${m.name}', now(), 1);\nCOMMIT;`,
      );
      ran.push(m.name);
    }
    return ran;
  } finally {
    await unlock();
  }
}
