// Prisma CLI configuration. The CLI uses the WebAssembly schema engine ("js" engine), because the
// native schema engine cannot be downloaded on the machines this project is built on. Migrations are
// authored by `npm run db:new-migration` (scripts/new-migration.ts: a schema-to-schema `migrate diff`
// that needs no database) and applied by the app's own runner (server/db/migrate.ts). The in-memory
// PGlite adapter below only satisfies CLI commands that insist on a connection.
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { defineConfig } from "prisma/config";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    return new PrismaPGlite(new PGlite() /* in memory, throwaway */);
  },
});
