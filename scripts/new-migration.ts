// `npm run db:new-migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// from the difference between the schema as of the last migration (schema.snapshot.prisma) and
// prisma/schema.prisma. Prisma's own `migrate dev` cannot replay migrations through the PGlite
// adapter's shadow database, so the diff is taken schema-to-schema, which needs no database.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:new-migration -- <name_in_snake_case>");
  process.exit(1);
}
const dir = path.join("prisma", "migrations");
const snapshot = path.join(dir, "schema.snapshot.prisma");
const sql = execFileSync(
  "npx",
  ["prisma", "migrate", "diff", "--from-schema-datamodel", snapshot, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
);
if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
  console.log("No schema changes since the last migration.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
const folder = path.join(dir, `${stamp}_${name}`);
mkdirSync(folder);
writeFileSync(path.join(folder, "migration.sql"), sql.trimStart());
copyFileSync("prisma/schema.prisma", snapshot);
console.log(`Wrote ${folder}/migration.sql`);
