// Prisma CLI configuration. The CLI uses the WebAssembly schema engine ("js" engine) over an
// in-process PGlite database, because the native schema engine cannot be downloaded on the
// machines this project is built on. This is only used to *author* migrations
// (`npm run db:new-migration`); the app applies them with its own runner (server/db/migrate.ts).
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { defineConfig } from "prisma/config";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    return new PrismaPGlite(new PGlite() /* in memory: migrate dev replays the history, then diffs */);
  },
});
