// End-to-end tests: the production build served by `npm start` itself (embedded
// PostgreSQL in a fresh .data-e2e folder, migrations, demo data), driven in real Chromium.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './e2e/chromium.ts';

const port = Number(process.env.E2E_PORT ?? 3107);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL,
    browserName: 'chromium',
    locale: 'zh-CN',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: 'rm -rf .data-e2e && node --import tsx lib/cli/main.ts start',
    url: baseURL,
    env: { PORT: String(port), GONGKAI_DATA_DIR: '.data-e2e', DATABASE_URL: '', LOG_LEVEL: 'warn' },
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
});
