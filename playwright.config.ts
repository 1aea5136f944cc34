import { defineConfig, devices } from '@playwright/test';

/**
 * Browser journeys (test/e2e). They run Debian's Chromium (`apt-get install chromium`), never a
 * downloaded browser, against the real product: `hailong start` on a fresh embedded database
 * with the demo data (it builds the web app first when its sources changed).
 *
 * `E2E_SCREENSHOTS=1 npx playwright test` also saves screenshots of the main pages at 390 px and
 * 1280 px into var/playwright/screenshots (for looking at, not asserting).
 */
const PORT = Number(process.env.E2E_PORT ?? 4173);
/** Set E2E_BASE_URL to run against a server you started yourself (no fresh database then). */
const EXTERNAL = process.env.E2E_BASE_URL;
const BASE_URL = EXTERNAL ?? `http://127.0.0.1:${PORT}`;
const DATA_DIR = 'var/e2e-db';

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: false,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  // Results outside outputDir: Playwright empties outputDir at start. .ci/run adds up var/ci/*.json.
  outputDir: 'var/playwright',
  reporter: [['list'], ['json', { outputFile: 'var/ci/e2e.json' }]],
  use: {
    baseURL: BASE_URL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // Transitions off (the app honours prefers-reduced-motion): steadier steps and screenshots.
    contextOptions: { reducedMotion: 'reduce' },
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, testMatch: /\.spec\.ts$/ },
    ...(process.env.E2E_SCREENSHOTS
      ? [{ name: 'screenshots', use: { ...devices['Desktop Chrome'] }, testMatch: /\.shots\.ts$/ }]
      : []),
  ],
  webServer: EXTERNAL
    ? undefined
    : {
        // A fresh database every run: delete the folder, then start (build if needed, migrate, demo, serve).
        command: `node -e "require('node:fs').rmSync('${DATA_DIR}', { recursive: true, force: true })" && node bin/hailong.js start --port ${PORT}`,
        url: `${BASE_URL}/api/health`,
        env: { HAILONG_DATA: DATA_DIR, LOG_LEVEL: 'warn' },
        reuseExistingServer: false,
        timeout: 240_000,
        stdout: 'ignore',
        stderr: 'pipe',
      },
});
