import { defineConfig } from '@playwright/test';

/** Where screenshots and traces go: a git-ignored folder at the repository root. */
const artifacts = `${__dirname}/../../../.test-artifacts/e2e`;

/**
 * End-to-end tests in Debian's headless Chromium against the app and backend that
 * scripts/e2e.sh starts. Playwright's own browser downloads do not work on our machines.
 */
export default defineConfig({
  testDir: __dirname,
  testMatch: '*.spec.ts',
  timeout: 120_000,
  expect: { timeout: 30_000 },
  retries: 0,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: `${artifacts}/report.json` }]],
  outputDir: `${artifacts}/results`,
  use: {
    baseURL: process.env.STAGEGATE_E2E_URL ?? 'http://localhost:3301',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
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
});
