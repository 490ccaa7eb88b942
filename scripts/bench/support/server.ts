// Shared by the page benchmarks: start the production build on a port with its own data folder (or
// a fresh PostgreSQL database), sign in as a demo user, read the server process's CPU time and memory.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
export const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

export interface BenchServer {
  base: string;
  pid: number;
  stop(): Promise<void>;
}

export { createFreshDatabase } from "../../../server/db/fresh-database";

/** The V8 heap limits `npm run serve` starts the app with, read from package.json so the bench measures the same server. */
function serveNodeFlags(): string[] {
  const serve = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: { serve: string } }).scripts.serve;
  return serve.match(/--max-[a-z-]+=\d+/g) ?? [];
}

export async function startServer(port: number, env: Record<string, string>): Promise<BenchServer> {
  const fullEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXTAUTH_URL: `http://localhost:${port}`, ...env };
  for (const [k, v] of Object.entries(env)) if (v === "") delete fullEnv[k]; // "" means: leave it unset
  execFileSync("npx", ["tsx", "scripts/db-setup.ts"], { env: fullEnv, stdio: "ignore" });
  const child: ChildProcess = spawn(process.execPath, [...serveNodeFlags(), "node_modules/next/dist/bin/next", "start", "-p", String(port)], {
    env: fullEnv,
    stdio: "ignore",
  });
  const base = `http://localhost:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/signin`)).ok) break;
    } catch {}
    if (i > 240) throw new Error("server did not start within 120 s (run `npm run build` first)");
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    base,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => resolve(), 5000);
      }),
  };
}

/** Signs in through next-auth's credentials endpoint and returns the Cookie header to send. */
export async function signInCookie(base: string, email: string, password: string): Promise<string> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const [k, ...v] = pair!.split("=");
      jar.set(k!, v.join("="));
    }
  };
  keep(csrfRes);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  keep(res);
  if (![...jar.keys()].some((k) => k.endsWith("session-token"))) throw new Error(`sign-in failed (${res.status})`);
  return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
}

/** User + system CPU time of a process so far, in milliseconds. */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

export function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((l) => l.startsWith("VmRSS:"))!;
  return Math.round(Number(line.replace(/\D+/g, "")) / 1024);
}
