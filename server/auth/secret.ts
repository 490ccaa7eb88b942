// The signing secret for sessions: AUTH_SECRET when set (required when several instances share
// sessions), otherwise generated once and kept under the data folder so restarts keep users signed in.
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "../env";

let cached: string | undefined;

export function getAuthSecret(): string {
  if (cached) return cached;
  if (env.AUTH_SECRET) return (cached = env.AUTH_SECRET);
  const file = path.join(env.CAUSEWAY_DATA_DIR, "auth-secret");
  try {
    cached = readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(env.CAUSEWAY_DATA_DIR, { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
    } catch {
      // another process created it first; read theirs below
    }
    cached = readFileSync(file, "utf8").trim();
  }
  return cached;
}
