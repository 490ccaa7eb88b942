import { defineConfig } from "@playwright/test";

// Browser tests run against the production build (`next build` first; scripts/test.sh does it)
// in Debian's Chromium, on their own port and data folder so a running dev app is untouched.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const dataDir = `.data/e2e-${PORT}`;

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-quic", "--disable-sync"],
    },
  },
  webServer: {
    command: `rm -rf ${dataDir} && tsx scripts/db-setup.ts && next start -p ${PORT}`,
    url: `http://localhost:${PORT}/signin`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: { CAUSEWAY_DATA_DIR: dataDir, NEXTAUTH_URL: `http://localhost:${PORT}`, NEXT_TELEMETRY_DISABLED: "1", CAUSEWAY_OVERDUE_CHECK: "off" },
    stdout: "ignore",
    stderr: "pipe",
  },
});
