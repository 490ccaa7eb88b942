// Environment, validated once. Every variable is optional: `npm start` must work with none set.
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  // Unset: embedded PGlite under CAUSEWAY_DATA_DIR/db. postgres:// or postgresql://: a server.
  DATABASE_URL: z
    .string()
    .refine((v) => /^(postgres(ql)?:\/\/|pglite:|memory:)/.test(v), {
      message: "DATABASE_URL must start with postgres://, postgresql://, pglite: or memory:",
    })
    .optional(),
  CAUSEWAY_DATA_DIR: z.string().default(".data"),
  AUTH_SECRET: z.string().min(32).optional(),
  GITHUB_ID: z.string().optional(),
  GITHUB_SECRET: z.string().optional(),
  CAUSEWAY_SEED_DEMO: z.enum(["true", "false"]).default("true"),
  // The scheduled check that closes overdue rounds (instrumentation.ts): on unless NODE_ENV=test.
  CAUSEWAY_OVERDUE_CHECK: z.enum(["on", "off"]).optional(),
});

export const env = schema.parse(process.env);
