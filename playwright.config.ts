import { defineConfig, devices } from "@playwright/test";
import { SITE_TODAY } from "./tests/e2e/helpers";

const port = Number(process.env.E2E_PORT ?? 3100);
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const browser = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: chromium,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
      "--no-first-run",
    ],
  },
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "da-DK",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      testIgnore: /hostile-http\.spec\.ts/,
      use: browser,
    },
    {
      // The hostile requests keep the server busy: they run after the journeys, so no journey waits behind them.
      name: "hostile",
      testMatch: /hostile-http\.spec\.ts/,
      dependencies: ["chromium"],
      use: browser,
    },
  ],
  webServer: {
    // The deployable artifact itself: the standalone server behind its guard, completed by scripts/standalone.sh
    // (docs/deploy.md).
    command: `bash scripts/standalone.sh && cd .next/standalone && exec node guard.mjs`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), HOSTNAME: "127.0.0.1", SITE_TODAY },
  },
});
